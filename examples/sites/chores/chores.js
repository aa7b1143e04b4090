/* Homerota: chores kept in memory, views chosen by the URL hash (#/all, #/open, #/done), rows built as
   DOM nodes with a small element helper. */
(function () {
  "use strict";

  var VIEWS = {
    "#/all": { title: "All chores", keep: function () { return true; }, empty: "No chores on the rota. Add one above." },
    "#/open": { title: "Open chores", keep: function (c) { return !c.done; }, empty: "Nothing left to do. Nice work!" },
    "#/done": { title: "Done chores", keep: function (c) { return c.done; }, empty: "Nothing done yet." }
  };

  var chores = [
    { id: 1, title: "Take out the recycling", who: "Sam", done: false },
    { id: 2, title: "Water the plants", who: "Priya", done: true },
    { id: 3, title: "Vacuum the stairs", who: "Alex", done: false },
    { id: 4, title: "Descale the kettle", who: "", done: false }
  ];
  var nextId = 5;

  var form = document.getElementById("new-chore");
  var titleInput = document.getElementById("chore-title");
  var assignee = document.getElementById("chore-assignee");
  var error = document.getElementById("chore-error");
  var list = document.getElementById("chores");
  var empty = document.getElementById("empty");
  var viewTitle = document.getElementById("view-title");
  var markAll = document.getElementById("mark-all");
  var left = document.getElementById("left");
  var clearDone = document.getElementById("clear-done");
  var status = document.getElementById("status");

  /* Build an element: h("li", {className: "x", onclick: fn}, child, "text", ...). */
  function h(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key.indexOf("on") === 0) node.addEventListener(key.slice(2), props[key]);
      else if (key.indexOf("aria-") === 0) node.setAttribute(key, props[key]);
      else node[key] = props[key];
    });
    Array.prototype.slice.call(arguments, 2).forEach(function (child) {
      if (child !== null) node.append(child);
    });
    return node;
  }

  function currentView() { return VIEWS[location.hash] ? location.hash : "#/all"; }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function choreRow(chore) {
    var box = h("input", {
      type: "checkbox", checked: chore.done, id: "chore-" + chore.id + "-box",
      onchange: function () { setDone(chore, box.checked); }
    });
    return h("li", { className: "chore" + (chore.done ? " chore--done" : "") },
      h("label", {}, box, h("span", { className: "chore__title" }, chore.title)),
      h("span", { className: "chore__who" }, chore.who ? "Assigned to " + chore.who : "Anyone"),
      h("button", {
        type: "button", className: "btn", id: "chore-" + chore.id + "-delete", textContent: "Delete", "aria-label": "Delete " + chore.title,
        onclick: function () { remove(chore); }
      }));
  }

  function render(focusId) {
    var view = VIEWS[currentView()];
    var shown = chores.filter(view.keep);
    list.replaceChildren.apply(list, shown.map(choreRow));
    viewTitle.textContent = view.title;
    empty.textContent = view.empty;
    empty.hidden = shown.length > 0;
    list.hidden = shown.length === 0;
    var open = chores.filter(VIEWS["#/open"].keep).length;
    left.textContent = open === 0 ? "No chores left" : plural(open, "chore") + " left";
    var allDone = chores.length > 0 && open === 0;
    markAll.setAttribute("aria-pressed", String(allDone));
    markAll.disabled = chores.length === 0;
    clearDone.disabled = open === chores.length;
    document.querySelectorAll(".filters a").forEach(function (link) {
      if (link.getAttribute("href") === currentView()) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    });
    if (focusId) (document.getElementById(focusId) || titleInput).focus();
  }

  /* The row after `chore` in the current view (or before it), to take focus when `chore` leaves the view. */
  function neighbourFocus(chore, control) {
    var shown = chores.filter(VIEWS[currentView()].keep);
    var index = shown.indexOf(chore);
    var next = shown[index + 1] || shown[index - 1];
    return next ? "chore-" + next.id + "-" + control : "chore-title";
  }

  function setDone(chore, done) {
    var leaves = !VIEWS[currentView()].keep({ done: done });
    var focus = leaves ? neighbourFocus(chore, "box") : "chore-" + chore.id + "-box";
    chore.done = done;
    status.textContent = (done ? "Done: " : "Reopened: ") + chore.title + ".";
    render(focus);
  }

  function remove(chore) {
    var focus = neighbourFocus(chore, "delete");
    chores.splice(chores.indexOf(chore), 1);
    status.textContent = "Deleted " + chore.title + ".";
    render(focus);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var title = titleInput.value.trim();
    if (!title) {
      error.textContent = "Describe the chore first.";
      titleInput.setAttribute("aria-invalid", "true");
      titleInput.focus();
      return;
    }
    error.textContent = "";
    titleInput.removeAttribute("aria-invalid");
    var who = assignee.value;
    chores.push({ id: nextId++, title: title, who: who, done: false });
    titleInput.value = "";
    status.textContent = "Added " + title + (who ? " for " + who : " for anyone") + ".";
    render("chore-title");
  });
  titleInput.addEventListener("input", function () {
    error.textContent = "";
    titleInput.removeAttribute("aria-invalid");
  });

  markAll.addEventListener("click", function () {
    var allDone = markAll.getAttribute("aria-pressed") === "true";
    chores.forEach(function (chore) { chore.done = !allDone; });
    status.textContent = allDone ? "Reopened " + plural(chores.length, "chore") + "."
      : "Marked " + plural(chores.length, "chore") + " done.";
    render("mark-all");
  });

  clearDone.addEventListener("click", function () {
    var done = chores.filter(VIEWS["#/done"].keep).length;
    chores = chores.filter(VIEWS["#/open"].keep);
    status.textContent = "Cleared " + plural(done, "done chore") + ".";
    render("chore-title");
  });

  window.addEventListener("hashchange", function () { render(); });
  if (!VIEWS[location.hash]) history.replaceState(null, "", "#/all");
  render();
})();
