/* Basketful: one state object; every change re-renders the list as markup, and the list handles its
   rows' clicks through one delegated listener. */
(function () {
  "use strict";

  var MAX_QUANTITY = 20;
  var state = {
    nextId: 6,
    items: [
      { id: 1, name: "Oat milk", quantity: 2, bought: false },
      { id: 2, name: "Bananas", quantity: 6, bought: false },
      { id: 3, name: "Sourdough bread", quantity: 1, bought: false },
      { id: 4, name: "Coffee beans", quantity: 1, bought: true },
      { id: 5, name: "Cheddar", quantity: 1, bought: false }
    ]
  };

  var form = document.getElementById("add-form");
  var input = document.getElementById("new-item");
  var error = document.getElementById("new-item-error");
  var list = document.getElementById("items");
  var empty = document.getElementById("empty");
  var count = document.getElementById("count");
  var clearBought = document.getElementById("clear-bought");
  var status = document.getElementById("status");

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function findItem(id) {
    return state.items.filter(function (item) { return item.id === id; })[0];
  }

  function rowMarkup(item) {
    var name = escapeHtml(item.name);
    return '<li class="item' + (item.bought ? " item--bought" : "") + '" data-id="' + item.id + '">' +
      '<label class="item__check"><input type="checkbox" data-action="toggle"' + (item.bought ? " checked" : "") +
      '><span class="item__name">' + name + "</span></label>" +
      '<div class="qty" role="group" aria-label="Quantity of ' + name + '">' +
      '<button type="button" class="qty__btn" data-action="decrease" aria-label="Fewer ' + name + '"' +
      (item.quantity <= 1 ? " disabled" : "") + ">−</button>" +
      '<span class="qty__value">Qty ' + item.quantity + "</span>" +
      '<button type="button" class="qty__btn" data-action="increase" aria-label="More ' + name + '"' +
      (item.quantity >= MAX_QUANTITY ? " disabled" : "") + ">+</button></div>" +
      '<button type="button" class="btn item__remove" data-action="remove" aria-label="Remove ' + name + '">Remove</button>' +
      "</li>";
  }

  function countText() {
    var left = state.items.filter(function (item) { return !item.bought; }).length;
    if (left === 0) return "Nothing to buy";
    return left + (left === 1 ? " item" : " items") + " to buy";
  }

  /* Re-render everything, then put focus back on the control the user was on (or `focus`, a selector). */
  function render(focus) {
    list.innerHTML = state.items.map(rowMarkup).join("");
    empty.hidden = state.items.length > 0;
    list.hidden = state.items.length === 0;
    count.textContent = countText();
    clearBought.disabled = !state.items.some(function (item) { return item.bought; });
    if (focus) {
      var target = document.querySelector(focus);
      if (target && !target.disabled) target.focus();
      else if (target) target.closest(".item").querySelector(".qty__btn:not(:disabled)").focus();
      else input.focus();
    }
  }

  function say(message) { status.textContent = message; }

  function showError(message) {
    error.textContent = message;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", "new-item-hint new-item-error");
  }

  function clearError() {
    error.textContent = "";
    input.removeAttribute("aria-invalid");
    input.setAttribute("aria-describedby", "new-item-hint");
  }

  function addItem(raw) {
    var name = raw.trim().replace(/\s+/g, " ");
    if (!name) { showError("Type the name of an item first."); return; }
    var duplicate = state.items.some(function (item) { return item.name.toLowerCase() === name.toLowerCase(); });
    if (duplicate) { showError("That item is already on the list."); return; }
    clearError();
    state.items.push({ id: state.nextId++, name: name, quantity: 1, bought: false });
    input.value = "";
    say("Added " + name + ".");
    render();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    addItem(input.value);
  });
  input.addEventListener("input", function () { if (error.textContent) clearError(); });

  list.addEventListener("change", function (event) {
    if (event.target.dataset.action !== "toggle") return;
    var item = findItem(Number(event.target.closest(".item").dataset.id));
    item.bought = event.target.checked;
    say((item.bought ? "Bought " : "Back on the list: ") + item.name + ".");
    render('[data-id="' + item.id + '"] [data-action="toggle"]');
  });

  list.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-action]");
    if (!button) return;
    var row = button.closest(".item");
    var item = findItem(Number(row.dataset.id));
    var action = button.dataset.action;
    if (action === "increase" && item.quantity < MAX_QUANTITY) item.quantity += 1;
    if (action === "decrease" && item.quantity > 1) item.quantity -= 1;
    if (action === "remove") {
      var index = state.items.indexOf(item);
      state.items.splice(index, 1);
      say("Removed " + item.name + ".");
      var next = state.items[index] || state.items[index - 1];
      render(next ? '[data-id="' + next.id + '"] [data-action="remove"]' : "#new-item");
      return;
    }
    say(item.name + ": " + item.quantity + " needed.");
    render('[data-id="' + item.id + '"] [data-action="' + action + '"]');
  });

  clearBought.addEventListener("click", function () {
    var before = state.items.length;
    state.items = state.items.filter(function (item) { return !item.bought; });
    var cleared = before - state.items.length;
    say("Cleared " + cleared + (cleared === 1 ? " bought item." : " bought items."));
    render("#new-item");
  });

  render();
})();
