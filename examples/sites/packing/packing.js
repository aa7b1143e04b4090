/* Tripkit: each item gets one DOM row (cloned from a <template>) that is updated in place; moving an item
   moves its row node, and only the counts are recomputed. */
(function () {
  "use strict";

  var CATEGORIES = ["Clothes", "Toiletries", "Documents"];
  var items = [
    ["T-shirts", "Clothes", true], ["Rain jacket", "Clothes", false], ["Walking boots", "Clothes", true],
    ["Socks", "Clothes", false], ["Toothbrush", "Toiletries", true], ["Sun cream", "Toiletries", false],
    ["Shampoo", "Toiletries", false], ["Passport", "Documents", true], ["Boarding pass", "Documents", false]
  ].map(function (entry, index) {
    return { id: index + 1, name: entry[0], category: entry[1], packed: entry[2] };
  });
  var nextId = items.length + 1;

  var sectionsHost = document.getElementById("sections");
  var sectionTemplate = document.getElementById("section-template");
  var itemTemplate = document.getElementById("item-template");
  var progressBar = document.getElementById("progress-bar");
  var progressText = document.getElementById("progress-text");
  var status = document.getElementById("status");
  var form = document.getElementById("add-form");
  var nameInput = document.getElementById("item-name");
  var categorySelect = document.getElementById("item-category");
  var error = document.getElementById("item-error");

  var sections = {};  // category -> {root, list, count}
  var rows = new Map();  // item id -> its <li>

  function say(message) { status.textContent = message; }
  function inCategory(category) { return items.filter(function (item) { return item.category === category; }); }

  function buildSection(category) {
    var root = sectionTemplate.content.firstElementChild.cloneNode(true);
    var slug = category.toLowerCase();
    root.id = "cat-" + slug;
    root.setAttribute("aria-labelledby", "cat-" + slug + "-title");
    var title = root.querySelector(".cat__title");
    title.id = "cat-" + slug + "-title";
    title.textContent = category;
    var list = root.querySelector(".cat__items");
    list.setAttribute("aria-labelledby", title.id);
    sectionsHost.append(root);
    sections[category] = { root: root, list: list, count: root.querySelector(".cat__count") };
  }

  function buildRow(item) {
    var row = itemTemplate.content.firstElementChild.cloneNode(true);
    var name = row.querySelector(".thing__name");
    name.id = "thing-" + item.id + "-name";
    var check = row.querySelector(".thing__check");
    check.id = "thing-" + item.id + "-check";
    check.setAttribute("aria-labelledby", name.id);
    row.querySelectorAll("button").forEach(function (button) { button.setAttribute("aria-describedby", name.id); });
    row.dataset.id = String(item.id);
    rows.set(item.id, row);
    updateRow(item);
    return row;
  }

  function updateRow(item) {
    var row = rows.get(item.id);
    row.querySelector(".thing__name").textContent = item.name;
    row.querySelector(".thing__check").checked = item.packed;
    row.classList.toggle("thing--packed", item.packed);
  }

  /* Counts per category and overall, and which move buttons are usable at the ends of each list. */
  function updateCounts() {
    CATEGORIES.forEach(function (category) {
      var group = inCategory(category);
      var packed = group.filter(function (item) { return item.packed; }).length;
      sections[category].count.textContent = packed + " of " + group.length + " packed";
      group.forEach(function (item, index) {
        var row = rows.get(item.id);
        row.querySelector('[data-action="up"]').disabled = index === 0;
        row.querySelector('[data-action="down"]').disabled = index === group.length - 1;
      });
    });
    var packedAll = items.filter(function (item) { return item.packed; }).length;
    progressBar.max = Math.max(items.length, 1);
    progressBar.value = packedAll;
    if (items.length === 0) progressText.textContent = "Nothing to pack yet.";
    else if (packedAll === items.length) progressText.textContent = "All " + items.length + " packed. Have a good trip!";
    else progressText.textContent = packedAll + " of " + items.length + " packed";
  }

  function itemOf(node) {
    var id = Number(node.closest(".thing").dataset.id);
    return items.filter(function (item) { return item.id === id; })[0];
  }

  function move(item, direction) {
    var group = inCategory(item.category);
    var index = group.indexOf(item);
    var other = group[index + direction];
    if (!other) return;
    var a = items.indexOf(item), b = items.indexOf(other);
    items[a] = other;
    items[b] = item;
    var row = rows.get(item.id), otherRow = rows.get(other.id);
    if (direction < 0) row.parentNode.insertBefore(row, otherRow);
    else row.parentNode.insertBefore(otherRow, row);
    updateCounts();
    var pressed = row.querySelector(direction < 0 ? '[data-action="up"]' : '[data-action="down"]');
    (pressed.disabled ? row.querySelector(direction < 0 ? '[data-action="down"]' : '[data-action="up"]') : pressed)
      .focus();
    say("Moved " + item.name + (direction < 0 ? " up." : " down."));
  }

  function startEdit(item) {
    var row = rows.get(item.id);
    var field = row.querySelector(".thing__edit");
    row.classList.add("thing--editing");
    field.hidden = false;
    field.value = item.name;
    field.setAttribute("aria-label", "Rename " + item.name);
    field.focus();
    field.select();
  }

  function finishEdit(item, save) {
    var row = rows.get(item.id);
    if (!row.classList.contains("thing--editing")) return;
    var field = row.querySelector(".thing__edit");
    var text = field.value.trim().replace(/\s+/g, " ");
    row.classList.remove("thing--editing");
    field.hidden = true;
    if (save && !text) { removeItem(item); return; }
    if (save && text !== item.name) {
      say("Renamed " + item.name + " to " + text + ".");
      item.name = text;
      updateRow(item);
    }
    row.querySelector('[data-action="edit"]').focus();
  }

  function removeItem(item) {
    var group = inCategory(item.category);
    var index = group.indexOf(item);
    var neighbour = group[index + 1] || group[index - 1];
    items.splice(items.indexOf(item), 1);
    rows.get(item.id).remove();
    rows.delete(item.id);
    updateCounts();
    say("Removed " + item.name + " from the list.");
    if (neighbour) rows.get(neighbour.id).querySelector(".thing__check").focus();
    else nameInput.focus();
  }

  sectionsHost.addEventListener("change", function (event) {
    if (!event.target.classList.contains("thing__check")) return;
    var item = itemOf(event.target);
    item.packed = event.target.checked;
    updateRow(item);
    updateCounts();
    say((item.packed ? "Packed " : "Unpacked ") + item.name + ".");
  });

  sectionsHost.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-action]");
    if (!button) return;
    var item = itemOf(button);
    if (button.dataset.action === "edit") startEdit(item);
    else move(item, button.dataset.action === "up" ? -1 : 1);
  });

  sectionsHost.addEventListener("dblclick", function (event) {
    if (event.target.closest(".thing__label")) startEdit(itemOf(event.target));
  });

  sectionsHost.addEventListener("keydown", function (event) {
    if (!event.target.classList.contains("thing__edit")) return;
    if (event.key === "Enter") { event.preventDefault(); finishEdit(itemOf(event.target), true); }
    if (event.key === "Escape") { event.preventDefault(); finishEdit(itemOf(event.target), false); }
  });

  sectionsHost.addEventListener("focusout", function (event) {
    var item = event.target.classList.contains("thing__edit") && itemOf(event.target);
    if (item) finishEdit(item, true);  // no item: its row was just removed by saving an empty name
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var name = nameInput.value.trim().replace(/\s+/g, " ");
    var category = categorySelect.value;
    var taken = inCategory(category).some(function (item) { return item.name.toLowerCase() === name.toLowerCase(); });
    var problem = !name ? "Give the item a name." : taken ? name + " is already under " + category + "." : "";
    error.textContent = problem;
    if (problem) { nameInput.setAttribute("aria-invalid", "true"); nameInput.focus(); return; }
    nameInput.removeAttribute("aria-invalid");
    var item = { id: nextId++, name: name, category: category, packed: false };
    items.push(item);
    sections[category].list.append(buildRow(item));
    updateCounts();
    nameInput.value = "";
    say("Added " + name + " to " + category + ".");
  });
  nameInput.addEventListener("input", function () {
    error.textContent = "";
    nameInput.removeAttribute("aria-invalid");
  });

  CATEGORIES.forEach(buildSection);
  items.forEach(function (item) { sections[item.category].list.append(buildRow(item)); });
  updateCounts();
})();
