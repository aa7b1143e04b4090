/* Orbit: a project app built only from divs, made usable by ARIA roles, states and keyboard handlers. */
"use strict";

var PRIORITIES = ["low", "medium", "high", "urgent"];
var projects = [
  { id: "apollo", name: "Apollo launch", priority: "high", tasks: [["Draft the press kit", true], ["Book the venue", false], ["Confirm the caterer", false], ["Send invitations", false]] },
  { id: "borealis", name: "Borealis redesign", priority: "medium", tasks: [["Audit color contrast", true], ["Prototype the navigation", true], ["Run user interviews", false]] },
  { id: "cascade", name: "Cascade migration", priority: "low", tasks: [] }
].map(function (p) {
  return { id: p.id, name: p.name, priority: p.priority, private: false, pinned: false, notify: false, share: false, budget: 50,
    tasks: p.tasks.map(function (t) { return { text: t[0], done: t[1] }; }), log: ["Project created"] };
});
var current = projects[0];
var copies = 0;

function $(id) { return document.getElementById(id); }

/* Click, Enter and Space all run `handler`: what a native button does for free. */
function activate(el, handler) {
  el.addEventListener("click", handler);
  el.addEventListener("keydown", function (e) {
    if (e.key === "Enter" || e.key === " ") { e.preventDefault(); handler(e); }
  });
}

var toastTimer = null;
function toast(text) {
  var t = $("toast");
  t.textContent = text;
  t.classList.add("is-on");
  clearTimeout(toastTimer);
  toastTimer = setTimeout(function () { t.classList.remove("is-on"); }, 3500);
}

function log(text) { current.log.unshift(text); renderActivity(); }

function orderedProjects() {
  return projects.slice().sort(function (a, b) { return (b.pinned ? 1 : 0) - (a.pinned ? 1 : 0); });
}

function renderProjects() {
  var box = $("project-list");
  box.innerHTML = "";
  orderedProjects().forEach(function (p) {
    var opt = document.createElement("div");
    opt.setAttribute("role", "option");
    opt.id = "project-" + p.id;
    opt.setAttribute("aria-selected", String(p === current));
    opt.textContent = (p.pinned ? "\uD83D\uDCCC " : "") + p.name;
    opt.addEventListener("click", function () { select(p); });
    box.appendChild(opt);
  });
  box.setAttribute("aria-activedescendant", "project-" + current.id);
}

function select(p) {
  current = p;
  renderAll();
}

function renderHeader() {
  $("project-title").textContent = current.name;
  $("private-badge").hidden = !current.private;
  document.title = current.name + " \u00b7 Orbit";
  document.querySelector("[data-action=pin]").setAttribute("aria-checked", String(current.pinned));
}

function renderTasks() {
  var list = $("task-list");
  var showDone = $("show-done").getAttribute("aria-checked") === "true";
  list.innerHTML = "";
  current.tasks.forEach(function (task) {
    if (task.done && !showDone) return;
    var row = document.createElement("div");
    row.className = "x-check" + (task.done ? " is-done" : "");
    row.setAttribute("role", "checkbox");
    row.setAttribute("tabindex", "0");
    row.setAttribute("aria-checked", String(task.done));
    row.innerHTML = '<span class="x-check__box" aria-hidden="true"></span>';
    row.appendChild(document.createTextNode(task.text));
    activate(row, function () {
      task.done = !task.done;
      log((task.done ? "Completed \u201c" : "Reopened \u201c") + task.text + "\u201d");
      renderTasks();
      var again = Array.prototype.find.call(list.children, function (c) { return c.textContent === task.text; });
      if (again) again.focus();
    });
    list.appendChild(row);
  });
  if (!current.tasks.length) list.innerHTML = '<div class="x-hint">No tasks yet. Add the first one below.</div>';
  var done = current.tasks.filter(function (t) { return t.done; }).length;
  $("done-count").textContent = done + " of " + current.tasks.length + " done";
  $("done-bar").style.width = (current.tasks.length ? 100 * done / current.tasks.length : 0) + "%";
}

function renderActivity() {
  var box = $("activity");
  box.innerHTML = "";
  current.log.forEach(function (line) {
    var row = document.createElement("div");
    row.className = "x-log";
    row.textContent = line;
    box.appendChild(row);
  });
}

function setSwitch(el, on) {
  el.setAttribute("aria-checked", String(on));
  $(el.dataset.key + "-state").textContent = on ? "On" : "Off";
}

function renderSettings() {
  document.querySelectorAll(".x-switch").forEach(function (sw) { setSwitch(sw, current[sw.dataset.key]); });
  $("share-link").hidden = !current.share;
  $("share-url").textContent = "https://orbit.example/p/" + current.id;
  document.querySelectorAll("#priority [role=option]").forEach(function (o) {
    o.setAttribute("aria-selected", String(o.id === "prio-" + current.priority));
  });
  $("priority").setAttribute("aria-activedescendant", "prio-" + current.priority);
  var b = $("budget");
  b.setAttribute("aria-valuenow", String(current.budget));
  b.setAttribute("aria-valuetext", current.budget + "%");
  b.querySelector(".x-slider__fill").style.width = current.budget + "%";
  b.querySelector(".x-slider__thumb").style.left = "calc(" + current.budget + "% - 8px)";
  $("budget-out").textContent = current.budget + "%";
  var prio = current.priority[0].toUpperCase() + current.priority.slice(1);
  $("settings-summary").textContent = "Priority: " + prio + " \u00b7 Budget alert at " + current.budget + "% \u00b7 Public link " +
    (current.share ? "on" : "off") + " \u00b7 Email " + (current.notify ? "on" : "off");
}

function renderAll() { renderProjects(); renderHeader(); renderTasks(); renderActivity(); renderSettings(); }

/* Listbox keyboard: arrows/Home/End move the selection, which follows focus. */
function listboxKeys(box, options, onPick) {
  box.addEventListener("keydown", function (e) {
    var opts = options();
    var i = opts.findIndex(function (o) { return o.getAttribute("aria-selected") === "true"; });
    var next = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: opts.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onPick(opts[Math.max(0, Math.min(opts.length - 1, next))]);
  });
}

listboxKeys($("project-list"), function () { return Array.from($("project-list").children); }, function (opt) {
  select(projects.find(function (p) { return "project-" + p.id === opt.id; }));
});
listboxKeys($("priority"), function () { return Array.from(document.querySelectorAll("#priority [role=option]")); }, function (opt) {
  pickPriority(opt.id.slice(5));
});
function pickPriority(p) {
  if (p === current.priority) return;
  current.priority = p;
  log("Priority set to " + p);
  renderSettings();
}
document.querySelectorAll("#priority [role=option]").forEach(function (o) {
  o.addEventListener("click", function () { pickPriority(o.id.slice(5)); });
});

/* Tabs: automatic activation, arrows wrap around, Home/End jump. */
var tabs = Array.from(document.querySelectorAll("[role=tab]"));
function showTab(tab) {
  tabs.forEach(function (t) {
    var on = t === tab;
    t.setAttribute("aria-selected", String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute("aria-controls")).hidden = !on;
  });
}
tabs.forEach(function (t, i) {
  t.addEventListener("click", function () { showTab(t); });
  t.addEventListener("keydown", function (e) {
    var j = { ArrowRight: (i + 1) % tabs.length, ArrowLeft: (i - 1 + tabs.length) % tabs.length, Home: 0, End: tabs.length - 1 }[e.key];
    if (j === undefined) return;
    e.preventDefault();
    showTab(tabs[j]);
    tabs[j].focus();
  });
});

document.querySelectorAll(".x-switch").forEach(function (sw) {
  activate(sw, function () {
    current[sw.dataset.key] = !current[sw.dataset.key];
    log((sw.dataset.key === "share" ? "Public link " : "Email notifications ") + (current[sw.dataset.key] ? "turned on" : "turned off"));
    renderSettings();
  });
});

$("budget").addEventListener("keydown", function (e) {
  var step = { ArrowRight: 5, ArrowUp: 5, ArrowLeft: -5, ArrowDown: -5, PageUp: 20, PageDown: -20 }[e.key];
  if (e.key === "Home") step = -100;
  if (e.key === "End") step = 100;
  if (step === undefined) return;
  e.preventDefault();
  current.budget = Math.max(0, Math.min(100, current.budget + step));
  renderSettings();
});
$("budget").addEventListener("click", function (e) {
  var box = this.getBoundingClientRect();
  current.budget = Math.round(Math.max(0, Math.min(1, (e.clientX - box.left) / box.width)) * 20) * 5;
  renderSettings();
});

["compact", "show-done", "private"].forEach(function (id) {
  activate($(id), function () {
    var el = $(id);
    el.setAttribute("aria-checked", String(el.getAttribute("aria-checked") !== "true"));
    if (id === "compact") document.body.classList.toggle("is-compact", el.getAttribute("aria-checked") === "true");
    if (id === "show-done") renderTasks();
  });
});

$("new-task").addEventListener("keydown", function (e) {
  if (e.key !== "Enter") return;
  e.preventDefault();
  var text = this.textContent.trim();
  if (!text) { $("new-task-hint").textContent = "Type a task first, then press Enter"; return; }
  current.tasks.push({ text: text, done: false });
  this.textContent = "";
  $("new-task-hint").textContent = "Press Enter to add";
  log("Added \u201c" + text + "\u201d");
  renderTasks();
});

/* Menu button: opens with click/Enter/Space/ArrowDown, arrows move, Escape closes and returns focus. */
var menuBtn = $("menu-btn"), menu = $("project-menu");
function menuItems() { return Array.from(menu.querySelectorAll("[role^=menuitem]")); }
function openMenu() {
  menu.hidden = false;
  menuBtn.setAttribute("aria-expanded", "true");
  menuItems()[0].focus();
}
function closeMenu(refocus) {
  menu.hidden = true;
  menuBtn.setAttribute("aria-expanded", "false");
  if (refocus) menuBtn.focus();
}
activate(menuBtn, function () { if (menu.hidden) openMenu(); else closeMenu(true); });
menuBtn.addEventListener("keydown", function (e) { if (e.key === "ArrowDown") { e.preventDefault(); openMenu(); } });
menu.addEventListener("keydown", function (e) {
  var items = menuItems(), i = items.indexOf(document.activeElement);
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    e.preventDefault();
    items[(i + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length].focus();
  } else if (e.key === "Escape" || e.key === "Tab") {
    e.preventDefault();
    closeMenu(true);
  }
});
document.addEventListener("click", function (e) {
  if (!menu.hidden && !e.target.closest(".x-menuwrap")) closeMenu(false);
});
menuItems().forEach(function (item) {
  activate(item, function () {
    closeMenu(true);
    runAction(item.dataset.action);
  });
});

function runAction(action) {
  if (action === "rename") openDialog("rename");
  else if (action === "duplicate") {
    copies++;
    var copy = JSON.parse(JSON.stringify(current));
    copy.id = current.id + "-copy" + copies;
    copy.name = current.name + " (copy)";
    copy.pinned = false;
    copy.log = ["Duplicated from " + current.name];
    projects.push(copy);
    toast("Duplicated " + current.name);
    select(copy);
  } else if (action === "pin") {
    current.pinned = !current.pinned;
    toast(current.pinned ? "Pinned " + current.name : "Unpinned " + current.name);
    renderAll();
  } else if (action === "archive") {
    if (projects.length === 1) { toast("You can't archive your only project."); return; }
    var gone = current;
    projects = projects.filter(function (p) { return p !== gone; });
    toast("Archived " + gone.name);
    select(orderedProjects()[0]);
  }
}

/* Modal dialog shared by create and rename; Tab stays inside it, Escape cancels. */
var dialogMode = "create", opener = null;
function focusables() { return Array.from($("dialog").querySelectorAll("[tabindex='0'], [contenteditable=true]")); }
function openDialog(mode) {
  dialogMode = mode;
  opener = document.activeElement;
  $("dlg-title").textContent = mode === "create" ? "Create project" : "Rename project";
  $("dlg-create").textContent = mode === "create" ? "Create" : "Save";
  $("private").hidden = mode !== "create";
  $("private").setAttribute("aria-checked", "false");
  $("pname").textContent = mode === "create" ? "" : current.name;
  $("pname-err").textContent = "";
  $("dialog-overlay").hidden = false;
  $("pname").focus();
}
function closeDialog() {
  $("dialog-overlay").hidden = true;
  if (opener && opener.focus) opener.focus();
}
function submitDialog() {
  var name = $("pname").textContent.trim();
  var clash = projects.some(function (p) { return p.name.toLowerCase() === name.toLowerCase() && (dialogMode === "create" || p !== current); });
  if (!name) { $("pname-err").textContent = "Give the project a name."; $("pname").focus(); return; }
  if (clash) { $("pname-err").textContent = "A project called \u201c" + name + "\u201d already exists."; $("pname").focus(); return; }
  if (dialogMode === "create") {
    var p = { id: "p" + (projects.length + copies + 1) + "-" + name.toLowerCase().replace(/[^a-z0-9]+/g, "-"), name: name, priority: "medium",
      private: $("private").getAttribute("aria-checked") === "true", pinned: false, notify: false, share: false, budget: 50, tasks: [], log: ["Project created"] };
    projects.push(p);
    closeDialog();
    toast("Created " + name);
    select(p);
  } else {
    log("Renamed from " + current.name + " to " + name);
    current.name = name;
    closeDialog();
    toast("Renamed to " + name);
    renderAll();
  }
}
activate($("new-project"), function () { openDialog("create"); });
activate($("dlg-cancel"), closeDialog);
activate($("dlg-create"), submitDialog);
$("pname").addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); submitDialog(); } });
$("dialog").addEventListener("keydown", function (e) {
  if (e.key === "Escape") { e.preventDefault(); closeDialog(); return; }
  if (e.key !== "Tab") return;
  var f = focusables().filter(function (el) { return !el.hidden; });
  var i = f.indexOf(document.activeElement);
  var next = e.shiftKey ? (i <= 0 ? f.length - 1 : i - 1) : (i === f.length - 1 ? 0 : i + 1);
  e.preventDefault();
  f[next].focus();
});

activate($("help-btn"), function () { $("help-tip").hidden = !$("help-tip").hidden; });
document.querySelectorAll(".x-link").forEach(function (l) { activate(l, function () { toast(l.dataset.msg); }); });

renderAll();
