/* Tickoff: a todo list kept in localStorage, with hash-routed filters. */
(function () {
  "use strict";

  var STORAGE_KEY = "tickoff.todos";
  var FILTERS = {
    "#/": function () { return true; },
    "#/active": function (todo) { return !todo.completed; },
    "#/completed": function (todo) { return todo.completed; }
  };

  var todos = load();
  var list, newTodo, main, footer, count, clearCompleted, toggleAll, template;

  function load() {
    try { return JSON.parse(localStorage.getItem(STORAGE_KEY)) || []; } catch (e) { return []; }
  }
  function save() { localStorage.setItem(STORAGE_KEY, JSON.stringify(todos)); }
  function currentFilter() { return FILTERS[location.hash] ? location.hash : "#/"; }
  function nextId() { return todos.reduce(function (max, todo) { return Math.max(max, todo.id); }, 0) + 1; }
  function byId(id) { return todos.filter(function (todo) { return todo.id === id; })[0]; }

  function render() {
    var filter = currentFilter();
    list.textContent = "";
    todos.filter(FILTERS[filter]).forEach(function (todo) { list.appendChild(renderItem(todo)); });
    var left = todos.filter(FILTERS["#/active"]).length;
    var done = todos.length - left;
    main.hidden = footer.hidden = todos.length === 0;
    count.innerHTML = "<strong>" + left + "</strong> " + (left === 1 ? "item" : "items") + " left";
    clearCompleted.hidden = done === 0;
    toggleAll.checked = todos.length > 0 && left === 0;
    Array.prototype.forEach.call(document.querySelectorAll(".filters a"), function (link) {
      var selected = link.getAttribute("href") === filter;
      link.classList.toggle("selected", selected);
      if (selected) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
    });
  }

  function renderItem(todo) {
    var item = template.content.firstElementChild.cloneNode(true);
    item.dataset.id = String(todo.id);
    item.classList.toggle("completed", todo.completed);
    item.querySelector(".todo-title").textContent = todo.title;
    var toggle = item.querySelector(".toggle");
    toggle.checked = todo.completed;
    toggle.addEventListener("change", function () {
      todo.completed = toggle.checked;
      save();
      render();
    });
    item.querySelector(".destroy").addEventListener("click", function () {
      todos = todos.filter(function (other) { return other !== todo; });
      save();
      render();
    });
    item.querySelector(".todo-title").addEventListener("dblclick", function () { startEditing(item, todo); });
    return item;
  }

  function startEditing(item, todo) {
    var edit = item.querySelector(".edit");
    var finished = false;
    item.classList.add("editing");
    edit.value = todo.title;
    edit.focus();
    edit.setSelectionRange(edit.value.length, edit.value.length);

    function finish(keep) {
      if (finished) return;
      finished = true;
      if (keep) {
        var title = edit.value.trim();
        if (title) byId(todo.id).title = title;
        else todos = todos.filter(function (other) { return other.id !== todo.id; });
        save();
      }
      render();
    }
    edit.addEventListener("keydown", function (event) {
      if (event.key === "Enter") finish(true);
      if (event.key === "Escape") finish(false);
    });
    edit.addEventListener("blur", function () { finish(true); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    list = document.querySelector(".todo-list");
    newTodo = document.querySelector(".new-todo");
    main = document.querySelector(".main");
    footer = document.querySelector(".footer");
    count = document.querySelector(".todo-count");
    clearCompleted = document.querySelector(".clear-completed");
    toggleAll = document.querySelector(".toggle-all");
    template = document.getElementById("todo-item");

    newTodo.addEventListener("keydown", function (event) {
      var title = newTodo.value.trim();
      if (event.key !== "Enter" || !title) return;
      todos.push({ id: nextId(), title: title, completed: false });
      newTodo.value = "";
      save();
      render();
    });
    toggleAll.addEventListener("change", function () {
      todos.forEach(function (todo) { todo.completed = toggleAll.checked; });
      save();
      render();
    });
    clearCompleted.addEventListener("click", function () {
      todos = todos.filter(FILTERS["#/active"]);
      save();
      render();
    });
    window.addEventListener("hashchange", render);
    window.addEventListener("storage", function (event) {
      if (event.key === STORAGE_KEY) { todos = load(); render(); }
    });
    render();
  });
})();
