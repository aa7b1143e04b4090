// Stowaway file manager: folder tree view, multi-select file listbox with reordering, tri-state
// "Select all", rename dialog and delete confirmation.
"use strict";

const $ = (id) => document.getElementById(id);
const file = (name, size, modified) => ({ name, size, modified });
const FOLDERS = {
  name: "My files", files: [file("Readme.txt", "2 KB", "2026-01-05"), file("Taxes 2025.pdf", "860 KB", "2026-02-27")],
  children: [
    { name: "Documents", files: [file("Budget 2026.xlsx", "48 KB", "2026-03-02"), file("Meeting notes.docx", "22 KB", "2026-03-11"),
      file("Roadmap.pdf", "1.2 MB", "2026-02-19"), file("Onboarding checklist.docx", "15 KB", "2026-01-30"),
      file("Travel policy.pdf", "340 KB", "2025-11-12")],
    children: [
      { name: "Invoices", files: [file("Invoice 1041.pdf", "95 KB", "2026-01-31"), file("Invoice 1042.pdf", "97 KB", "2026-02-28"),
        file("Invoice 1043.pdf", "96 KB", "2026-03-13")], children: [] },
      { name: "Contracts", files: [file("Office lease.pdf", "2.1 MB", "2025-09-01"), file("Supplier agreement.pdf", "780 KB", "2025-12-15")], children: [] },
    ] },
    { name: "Photos", files: [file("Beach.jpg", "3.4 MB", "2025-08-14"), file("Mountains.jpg", "4.1 MB", "2025-09-20"),
      file("City at night.jpg", "2.8 MB", "2025-10-03"), file("Family dinner.jpg", "3.0 MB", "2025-12-25")],
    children: [
      { name: "2025", files: [file("New year.jpg", "2.2 MB", "2025-01-01")], children: [] },
      { name: "2026", files: [file("Spring hike.jpg", "3.9 MB", "2026-03-08"), file("Birthday cake.jpg", "2.5 MB", "2026-02-14")], children: [] },
    ] },
    { name: "Music", files: [file("Morning playlist.m3u", "1 KB", "2026-01-12"), file("Piano demo.mp3", "6.4 MB", "2026-02-02")], children: [] },
  ],
};
const ROOTS = [FOLDERS,
  { name: "Shared with me", files: [], children: [
    { name: "Design team", files: [file("Logo final.svg", "18 KB", "2026-03-10"), file("Brand guide.pdf", "5.6 MB", "2026-02-01"),
      file("Icons.zip", "1.9 MB", "2026-03-12")], children: [] }] },
  { name: "Trash", files: [], children: [] },
];
const TRASH = ROOTS[2];
const TYPES = { pdf: "PDF document", docx: "Word document", xlsx: "Spreadsheet", jpg: "JPEG image", txt: "Text file",
  mp3: "Audio", m3u: "Playlist", svg: "SVG image", zip: "Zip archive" };

// ---- tree view ---------------------------------------------------------------------------------------------
const tree = $("tree");
const nodeOf = new Map();
let treeIds = 0;
function buildItem(folder, path) {
  const li = document.createElement("li");
  li.role = "treeitem";
  li.tabIndex = -1;
  li.setAttribute("aria-selected", "false");
  const label = document.createElement("span");
  label.id = `folder-${++treeIds}`;
  label.textContent = folder.name;
  li.setAttribute("aria-labelledby", label.id);
  const node = document.createElement("span");
  node.className = "node";
  const twisty = document.createElement("span");
  twisty.className = "twisty";
  twisty.setAttribute("aria-hidden", "true");
  twisty.textContent = folder.children.length ? "▸" : "";
  node.append(twisty);
  node.insertAdjacentHTML("beforeend", '<svg class="folder-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 6a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"/></svg>');
  node.append(label);
  li.append(node);
  if (folder.children.length) {
    li.setAttribute("aria-expanded", "false");
    const group = document.createElement("ul");
    group.role = "group";
    group.hidden = true;
    folder.children.forEach((child) => group.append(buildItem(child, [...path, folder.name])));
    li.append(group);
  }
  nodeOf.set(li, { folder, path: [...path, folder.name] });
  return li;
}
ROOTS.forEach((root) => tree.append(buildItem(root, [])));
const allItems = () => [...tree.querySelectorAll('[role="treeitem"]')];
const visibleItems = () => allItems().filter((li) => li.offsetParent !== null);
const itemNamed = (name) => allItems().find((li) => nodeOf.get(li).folder.name === name);
const nameOf = (li) => nodeOf.get(li).folder.name;

function setExpanded(li, open) {
  if (!li.hasAttribute("aria-expanded")) return;
  li.setAttribute("aria-expanded", String(open));
  li.querySelector(':scope > [role="group"]').hidden = !open;
}
function focusItem(li) {
  allItems().forEach((item) => { item.tabIndex = item === li ? 0 : -1; });
  li.focus();
}
function selectFolder(li) {
  allItems().forEach((item) => item.setAttribute("aria-selected", String(item === li)));
  focusItem(li);
  const { folder, path } = nodeOf.get(li);
  current = folder;
  $("folder-title").textContent = folder.name;
  $("folder-path").textContent = path.join(" / ");
  $("file-list").setAttribute("aria-label", `Files in ${folder.name}`);
  selected.clear();
  focusIndex = 0;
  anchor = 0;
  $("action-status").textContent = "";
  renderFiles();
}
tree.addEventListener("click", (event) => {
  const li = event.target.closest('[role="treeitem"]');
  if (!li) return;
  if (event.target.closest(".twisty") && li.hasAttribute("aria-expanded")) {
    setExpanded(li, li.getAttribute("aria-expanded") !== "true");
    focusItem(li);
  } else selectFolder(li);
});
tree.addEventListener("keydown", (event) => {
  const li = event.target.closest('[role="treeitem"]');
  if (!li || event.ctrlKey || event.metaKey || event.altKey) return;
  const items = visibleItems();
  const at = items.indexOf(li);
  const expanded = li.getAttribute("aria-expanded");
  const parent = li.parentElement.closest('[role="treeitem"]');
  const key = event.key;
  if (key === "ArrowDown" && at < items.length - 1) focusItem(items[at + 1]);
  else if (key === "ArrowUp" && at > 0) focusItem(items[at - 1]);
  else if (key === "Home") focusItem(items[0]);
  else if (key === "End") focusItem(items[items.length - 1]);
  else if (key === "ArrowRight" && expanded === "false") setExpanded(li, true);
  else if (key === "ArrowRight" && expanded === "true") focusItem(items[at + 1]);
  else if (key === "ArrowLeft" && expanded === "true") setExpanded(li, false);
  else if (key === "ArrowLeft" && parent) focusItem(parent);
  else if (key === "Enter" || key === " ") selectFolder(li);
  else if (key === "*") [...li.parentElement.children].forEach((sibling) => setExpanded(sibling, true));
  else if (key.length === 1 && /\S/.test(key)) {
    const order = [...items.slice(at + 1), ...items.slice(0, at + 1)];
    const match = order.find((item) => nameOf(item).toLowerCase().startsWith(key.toLowerCase()));
    if (match) focusItem(match);
  } else if (!["ArrowDown", "ArrowUp", "ArrowRight", "ArrowLeft"].includes(key)) return;
  event.preventDefault();
});

// ---- file list (multi-select listbox) ----------------------------------------------------------------------
const list = $("file-list");
let current = null;
const selected = new Set();
let focusIndex = 0;
let anchor = 0;
const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

function renderFiles() {
  const files = current.files;
  focusIndex = Math.min(focusIndex, Math.max(0, files.length - 1));
  list.replaceChildren(...files.map((f, i) => {
    const li = document.createElement("li");
    li.role = "option";
    li.id = `file-${i}`;
    li.setAttribute("aria-selected", String(selected.has(f)));
    li.classList.toggle("focused", i === focusIndex && document.activeElement === list);
    li.innerHTML = `<span></span><span class="muted">${f.size}</span><span class="muted">${f.modified}</span>`;
    li.firstChild.textContent = f.name;
    li.setAttribute("aria-label", f.name);
    return li;
  }));
  if (files.length) list.setAttribute("aria-activedescendant", `file-${focusIndex}`);
  else list.removeAttribute("aria-activedescendant");
  $("empty").hidden = files.length > 0;
  $("empty").textContent = current === TRASH ? "Trash is empty." : "This folder is empty.";
  const n = selected.size;
  $("selection-status").textContent = n ? `${plural(n, "file")} selected` : `No files selected · ${plural(files.length, "file")}`;
  const all = $("select-all");
  all.setAttribute("aria-checked", !n ? "false" : n === files.length ? "true" : "mixed");
  const indexes = files.map((f, i) => (selected.has(f) ? i : -1)).filter((i) => i >= 0);
  $("move-up").disabled = !n || indexes.every((idx, k) => idx === k);
  $("move-down").disabled = !n || indexes.every((idx, k) => idx === files.length - indexes.length + k);
  $("rename").disabled = n !== 1;
  $("delete").disabled = !n;
  const one = n === 1 ? [...selected][0] : null;
  $("details").hidden = !one;
  $("details-empty").hidden = !!one;
  if (one) {
    const ext = one.name.split(".").pop().toLowerCase();
    $("details").innerHTML = "";
    [["Name", one.name], ["Type", TYPES[ext] || "File"], ["Size", one.size], ["Modified", one.modified], ["Folder", current.name]]
      .forEach(([k, v]) => $("details").append(Object.assign(document.createElement("dt"), { textContent: k }),
        Object.assign(document.createElement("dd"), { textContent: v })));
  }
}
function selectRange(from, to) {
  selected.clear();
  const [a, b] = from < to ? [from, to] : [to, from];
  current.files.slice(a, b + 1).forEach((f) => selected.add(f));
}
function toggle(i) {
  const f = current.files[i];
  if (selected.has(f)) selected.delete(f); else selected.add(f);
}
list.addEventListener("mousedown", (event) => {
  const option = event.target.closest('[role="option"]');
  if (!option) return;
  event.preventDefault();
  list.focus();
  const i = Number(option.id.slice(5));
  if (event.shiftKey) selectRange(anchor, i);
  else if (event.ctrlKey || event.metaKey) { toggle(i); anchor = i; }
  else { selected.clear(); toggle(i); anchor = i; }
  focusIndex = i;
  renderFiles();
});
list.addEventListener("keydown", (event) => {
  const count = current.files.length;
  if (!count) return;
  const ctrl = event.ctrlKey || event.metaKey;
  const target = { ArrowDown: focusIndex + 1, ArrowUp: focusIndex - 1, Home: 0, End: count - 1 }[event.key];
  if (target !== undefined) {
    focusIndex = Math.min(count - 1, Math.max(0, target));
    if (event.shiftKey) selectRange(anchor, focusIndex);
    else if (!ctrl) { selected.clear(); toggle(focusIndex); anchor = focusIndex; }
  } else if (event.key === " ") { toggle(focusIndex); anchor = focusIndex; }
  else if (ctrl && event.key.toLowerCase() === "a") current.files.forEach((f) => selected.add(f));
  else if (event.key === "F2" && selected.size === 1) { event.preventDefault(); openRename(); return; }
  else if (event.key === "Delete" && selected.size) { event.preventDefault(); openDelete(); return; }
  else return;
  event.preventDefault();
  renderFiles();
  list.querySelector(`#file-${focusIndex}`).scrollIntoView({ block: "nearest" });
});
list.addEventListener("focus", renderFiles);
list.addEventListener("blur", () => list.querySelectorAll(".focused").forEach((li) => li.classList.remove("focused")));

function toggleAll() {
  if (selected.size === current.files.length) selected.clear();
  else current.files.forEach((f) => selected.add(f));
  renderFiles();
}
$("select-all").addEventListener("click", toggleAll);
$("select-all").addEventListener("keydown", (event) => {
  if (event.key === " ") { event.preventDefault(); toggleAll(); }
});

function move(step) {
  const files = current.files;
  const order = files.map((_, i) => i).filter((i) => selected.has(files[i]));
  if (step > 0) order.reverse();
  let moved = 0;
  order.forEach((i) => {
    const j = i + step;
    if (j < 0 || j >= files.length || selected.has(files[j])) return;
    [files[i], files[j]] = [files[j], files[i]];
    moved++;
  });
  const names = [...selected];
  focusIndex = files.indexOf(step < 0 ? names.reduce((a, b) => (files.indexOf(a) < files.indexOf(b) ? a : b))
    : names.reduce((a, b) => (files.indexOf(a) > files.indexOf(b) ? a : b)));
  anchor = focusIndex;
  const direction = step < 0 ? "up" : "down";
  $("action-status").textContent = names.length === 1 ? `Moved “${names[0].name}” ${direction}.`
    : `Moved ${plural(moved, "file")} ${direction}.`;
  renderFiles();
}
$("move-up").addEventListener("click", () => move(-1));
$("move-down").addEventListener("click", () => move(1));

// ---- dialogs -----------------------------------------------------------------------------------------------
function trapFocus(dialog, onEscape) {
  dialog.addEventListener("keydown", (event) => {
    if (event.key === "Escape") { event.preventDefault(); onEscape(); return; }
    if (event.key !== "Tab") return;
    const stops = [...dialog.querySelectorAll("input, button")];
    const at = stops.indexOf(document.activeElement);
    event.preventDefault();
    stops[(at + (event.shiftKey ? -1 : 1) + stops.length) % stops.length].focus();
  });
}
function closeDialogs() {
  $("rename-backdrop").hidden = true;
  $("delete-backdrop").hidden = true;
  list.focus();
}

function openRename() {
  const target = [...selected][0];
  $("new-name").value = target.name;
  $("name-error").textContent = "";
  $("new-name").removeAttribute("aria-invalid");
  $("rename-title").textContent = `Rename “${target.name}”`;
  $("rename-backdrop").hidden = false;
  $("new-name").focus();
  const dot = target.name.lastIndexOf(".");
  $("new-name").setSelectionRange(0, dot > 0 ? dot : target.name.length);
}
$("rename").addEventListener("click", openRename);
$("rename-cancel").addEventListener("click", closeDialogs);
trapFocus($("rename-dialog"), closeDialogs);
$("rename-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const target = [...selected][0];
  const name = $("new-name").value.trim();
  const clash = current.files.find((f) => f !== target && f.name.toLowerCase() === name.toLowerCase());
  const problem = !name ? "Enter a name." : name.includes("/") ? "Names can't contain a slash."
    : clash ? `There is already a file named “${clash.name}” in ${current.name}.` : "";
  if (problem) {
    $("name-error").textContent = problem;
    $("new-name").setAttribute("aria-invalid", "true");
    $("new-name").focus();
    return;
  }
  if (name !== target.name) $("action-status").textContent = `Renamed “${target.name}” to “${name}”.`;
  target.name = name;
  closeDialogs();
  renderFiles();
});

function openDelete() {
  const doomed = current.files.filter((f) => selected.has(f));
  const forever = current === TRASH;
  $("delete-title").textContent = doomed.length === 1 ? `Delete “${doomed[0].name}”?` : `Delete ${doomed.length} files?`;
  $("delete-desc").textContent = forever ? "This can't be undone."
    : `${doomed.length === 1 ? "It" : "They"} will be moved to Trash. You can restore files from Trash.`;
  $("delete-confirm").textContent = forever ? "Delete forever" : "Move to Trash";
  $("delete-backdrop").hidden = false;
  $("delete-cancel").focus();
}
$("delete").addEventListener("click", openDelete);
$("delete-cancel").addEventListener("click", closeDialogs);
trapFocus($("delete-dialog"), closeDialogs);
$("delete-confirm").addEventListener("click", () => {
  const doomed = current.files.filter((f) => selected.has(f));
  current.files = current.files.filter((f) => !selected.has(f));
  if (current !== TRASH) TRASH.files.push(...doomed);
  $("action-status").textContent = current === TRASH ? `Deleted ${plural(doomed.length, "file")} forever.`
    : `Moved ${plural(doomed.length, "file")} to Trash.`;
  selected.clear();
  focusIndex = 0;
  anchor = 0;
  closeDialogs();
});

// ---- start in My files / Documents -------------------------------------------------------------------------
setExpanded(itemNamed("My files"), true);
selectFolder(itemNamed("Documents"));
document.activeElement.blur();
