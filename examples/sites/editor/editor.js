// Inkwell editor: menubar with submenus, formatting toolbar (roving focus), Insert menu button,
// a non-modal find and replace dialog, undo history, toasts and a word count.
"use strict";

const $ = (id) => document.getElementById(id);
const doc = $("document");
const DOCUMENTS = {
  "Garden plan": "Spring garden plan\n\nStart the tomato seedlings indoors on the first of April. Cherry tomato " +
    "plants go by the south fence, where they get the most sun.\n\nBeds: two rows of beans, one row of carrots, " +
    "and a tomato cage at each corner of the raised bed.\n\nWater every morning. Feed the tomato plants once a " +
    "week after they flower, and pick each tomato when it turns deep red.",
  "Meeting minutes": "Team sync, 12 March\n\nPresent: Ana, Ben, Chloe.\nDecision: move the launch to April.\n" +
    "Action: Ben drafts the release notes by Friday.",
  "Reading list": "Books for spring\n\nThe Overstory\nBraiding Sweetgrass\nA Gentleman in Moscow",
  "Trip notes": "Lisbon in May\n\nRide tram 28 early. Custard tarts in Belém. Sunset at the Graça viewpoint.",
};
const INSERTS = {
  date: ["14 March 2026", "Inserted today's date"],
  rule: ["\n----------\n", "Inserted a horizontal rule"],
  checklist: ["\n[ ] ", "Inserted a checklist item"],
  signature: ["\n-- Written in Inkwell", "Inserted your signature"],
};

// ---- toasts ------------------------------------------------------------------------------------------------
function toast(message) {
  const item = document.createElement("div");
  item.className = "toast";
  const text = document.createElement("span");
  text.textContent = message;
  const dismiss = document.createElement("button");
  dismiss.type = "button";
  dismiss.textContent = "Dismiss";
  dismiss.addEventListener("click", () => item.remove());
  item.append(text, dismiss);
  $("toasts").append(item);
  setTimeout(() => item.remove(), 6000);
}

// ---- document state, undo history, word count -------------------------------------------------------------
const history = { past: [], future: [] };
let saved = true;
function setSaved(value) {
  saved = value;
  $("save-state").textContent = value ? "All changes saved" : "Unsaved changes";
}
function countWords() {
  const words = doc.value.trim().split(/\s+/).filter(Boolean).length;
  $("word-count").textContent = `${words} ${words === 1 ? "word" : "words"} · ${doc.value.length} characters`;
}
function refreshUndo() {
  $("mi-undo").setAttribute("aria-disabled", String(!history.past.length));
  $("mi-redo").setAttribute("aria-disabled", String(!history.future.length));
}
function replaceText(text) {
  history.past.push(doc.value);
  history.future = [];
  doc.value = text;
  afterChange();
}
function afterChange() {
  countWords();
  setSaved(false);
  refreshUndo();
}
let typingSnapshot = null;
doc.addEventListener("focus", () => { typingSnapshot = doc.value; });
doc.addEventListener("input", afterChange);
doc.addEventListener("blur", () => {
  if (typingSnapshot !== null && typingSnapshot !== doc.value) {
    history.past.push(typingSnapshot);
    history.future = [];
    refreshUndo();
  }
  typingSnapshot = null;
});
$("doc-title").addEventListener("input", () => setSaved(false));
function loadDocument(title, text) {
  $("doc-title").value = title;
  doc.value = text;
  history.past = [];
  history.future = [];
  countWords();
  refreshUndo();
  setSaved(true);
}

// ---- formatting --------------------------------------------------------------------------------------------
const format = { bold: false, italic: false, underline: false, align: "left", size: 16, zoom: 100 };
function applyFormat() {
  doc.style.fontWeight = format.bold ? "700" : "400";
  doc.style.fontStyle = format.italic ? "italic" : "normal";
  doc.style.textDecoration = format.underline ? "underline" : "none";
  doc.style.textAlign = format.align;
  doc.style.fontSize = `${(format.size * format.zoom) / 100}px`;
  document.querySelectorAll("[data-style]").forEach((b) => b.setAttribute("aria-pressed", String(format[b.dataset.style])));
  document.querySelectorAll("[data-align]").forEach((r) => r.setAttribute("aria-checked", String(r.dataset.align === format.align)));
  const size = $("font-size");
  size.setAttribute("aria-valuenow", String(format.size));
  size.setAttribute("aria-valuetext", `${format.size} point`);
  size.textContent = `${format.size} pt`;
  const styles = ["bold", "italic", "underline"].filter((s) => format[s]).map((s) => s[0].toUpperCase() + s.slice(1));
  const align = format.align[0].toUpperCase() + format.align.slice(1);
  $("format-summary").textContent = [...styles, align === "Justify" ? "Justified" : `${align} aligned`, `${format.size} pt`].join(" · ");
  $("zoom-level").textContent = `Zoom ${format.zoom}%`;
  document.querySelectorAll("[data-zoom]").forEach((r) => r.setAttribute("aria-checked", String(Number(r.dataset.zoom) === format.zoom)));
}
const toggleStyle = (style) => { format[style] = !format[style]; applyFormat(); };
const setSize = (n) => { format.size = Math.min(40, Math.max(8, n)); applyFormat(); };

// ---- toolbar: one tab stop, arrows move between controls ---------------------------------------------------
const toolbar = document.querySelector('[role="toolbar"]');
const tools = [...toolbar.querySelectorAll("[data-style], [data-align], #font-size, #insert-button")];
function focusTool(tool) {
  tools.forEach((t) => { t.tabIndex = t === tool ? 0 : -1; });
  tool.focus();
}
toolbar.addEventListener("keydown", (event) => {
  const tool = event.target;
  const at = tools.indexOf(tool);
  if (at < 0) return;
  const spin = { ArrowUp: 1, ArrowDown: -1, PageUp: 4, PageDown: -4, Home: 8 - format.size, End: 40 - format.size };
  const moves = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tools.length - 1 };
  if (tool.id === "font-size" && event.key in spin) setSize(format.size + spin[event.key]);
  else if (event.key in moves) focusTool(tools[(moves[event.key] + tools.length) % tools.length]);
  else if (tool.dataset.align && (event.key === " " || event.key === "Enter")) { format.align = tool.dataset.align; applyFormat(); }
  else return;
  event.preventDefault();
});
tools.forEach((tool) => tool.addEventListener("click", () => {
  focusTool(tool);
  if (tool.dataset.style) toggleStyle(tool.dataset.style);
  if (tool.dataset.align) { format.align = tool.dataset.align; applyFormat(); }
}));
$("size-up").addEventListener("click", () => { setSize(format.size + 1); focusTool($("font-size")); });
$("size-down").addEventListener("click", () => { setSize(format.size - 1); focusTool($("font-size")); });

// ---- menus (menubar, submenus and the Insert menu button) -------------------------------------------------
const menubar = document.querySelector('[role="menubar"]');
const topItems = [...menubar.querySelectorAll(':scope > li > [role="menuitem"]')];
const itemsOf = (menu) => [...menu.querySelectorAll(":scope > li, :scope > li > [role='menuitem'], :scope > li > ul > li")]
  .filter((el) => /^menuitem/.test(el.getAttribute("role") || ""));
const menuOf = (opener) => opener.nextElementSibling && opener.nextElementSibling.matches('[role="menu"]')
  ? opener.nextElementSibling : $(opener.getAttribute("aria-controls"));
const openerOf = (menu) => menu.previousElementSibling || $(menu.getAttribute("aria-labelledby"));

function openMenu(opener, where) {
  const menu = menuOf(opener);
  menu.hidden = false;
  opener.setAttribute("aria-expanded", "true");
  const items = itemsOf(menu);
  if (where === "first") items[0].focus();
  if (where === "last") items[items.length - 1].focus();
}
function closeMenu(opener) {
  const menu = menuOf(opener);
  menu.querySelectorAll('[aria-expanded="true"]').forEach(closeMenu);
  menu.hidden = true;
  opener.setAttribute("aria-expanded", "false");
}
function closeAll() {
  document.querySelectorAll('[aria-haspopup="menu"][aria-expanded="true"]').forEach(closeMenu);
}
const openTop = () => topItems.find((item) => item.getAttribute("aria-expanded") === "true");
function focusTop(item) {
  topItems.forEach((t) => { t.tabIndex = t === item ? 0 : -1; });
  item.focus();
}
function moveTop(from, step, open) {
  const next = topItems[(topItems.indexOf(from) + step + topItems.length) % topItems.length];
  closeAll();
  focusTop(next);
  if (open) openMenu(next, "first");
}

let openedByHover = null;  // a menu that hovering just opened: the click that follows keeps it open
topItems.forEach((item) => {
  item.addEventListener("mouseleave", () => { openedByHover = null; });
  item.addEventListener("keydown", (event) => {
    const handled = {
      ArrowRight: () => moveTop(item, 1, false), ArrowLeft: () => moveTop(item, -1, false),
      Home: () => focusTop(topItems[0]), End: () => focusTop(topItems[topItems.length - 1]),
      ArrowDown: () => openMenu(item, "first"), Enter: () => openMenu(item, "first"), " ": () => openMenu(item, "first"),
      ArrowUp: () => openMenu(item, "last"), Escape: () => closeAll(),
    }[event.key];
    if (handled) { event.preventDefault(); handled(); }
  });
  item.addEventListener("click", () => {
    const wasOpen = item.getAttribute("aria-expanded") === "true" && openedByHover !== item;
    openedByHover = null;
    closeAll();
    focusTop(item);
    if (!wasOpen) openMenu(item, null);
  });
  item.addEventListener("mouseenter", () => {
    const current = openTop();
    if (current && current !== item) { closeAll(); focusTop(item); openMenu(item, null); openedByHover = item; }
  });
});

function activate(item) {
  if (item.getAttribute("aria-disabled") === "true") return;
  if (item.getAttribute("aria-haspopup") === "menu") { openMenu(item, "first"); return; }
  const top = openTop();
  const role = item.getAttribute("role");
  if (role === "menuitemcheckbox") setOption(item, item.getAttribute("aria-checked") !== "true");
  if (role === "menuitemradio") { format.zoom = Number(item.dataset.zoom); applyFormat(); }
  closeAll();
  if (top) focusTop(top);
  if (item.dataset.cmd) COMMANDS[item.dataset.cmd](item);
  if (item.dataset.insert) insert(item.dataset.insert);
}
document.querySelectorAll('[role="menu"]').forEach((menu) => {
  menu.addEventListener("keydown", (event) => {
    const item = event.target;
    if (!item.closest('[role="menu"]') || item.closest('[role="menu"]') !== menu) return;
    event.stopPropagation();
    const items = itemsOf(menu);
    const at = items.indexOf(item);
    const opener = openerOf(menu);
    const inSubmenu = opener.closest('[role="menu"]') !== null;
    const inMenubar = topItems.includes(opener);
    let handled = true;
    if (event.key === "ArrowDown") items[(at + 1) % items.length].focus();
    else if (event.key === "ArrowUp") items[(at - 1 + items.length) % items.length].focus();
    else if (event.key === "Home") items[0].focus();
    else if (event.key === "End") items[items.length - 1].focus();
    else if (event.key === "Enter" || event.key === " ") activate(item);
    else if (event.key === "Escape") { closeMenu(opener); opener.focus(); }
    else if (event.key === "ArrowRight" && item.getAttribute("aria-haspopup") === "menu") openMenu(item, "first");
    else if (event.key === "ArrowRight" && inMenubar) moveTop(opener, 1, true);
    else if (event.key === "ArrowLeft" && inSubmenu) { closeMenu(opener); opener.focus(); }
    else if (event.key === "ArrowLeft" && inMenubar) moveTop(opener, -1, true);
    else if (event.key === "Tab") { closeAll(); handled = false; }
    else if (event.key.length === 1 && /\S/.test(event.key)) {
      const order = [...items.slice(at + 1), ...items.slice(0, at + 1)];
      const match = order.find((el) => el.textContent.trim().toLowerCase().startsWith(event.key.toLowerCase()));
      if (match) match.focus();
    } else handled = false;
    if (handled) event.preventDefault();
  });
  menu.addEventListener("click", (event) => {
    const item = event.target.closest('[role^="menuitem"]');
    if (item && item.closest('[role="menu"]') === menu) activate(item);
  });
});

const insertButton = $("insert-button");
insertButton.addEventListener("click", () => {
  if (insertButton.getAttribute("aria-expanded") === "true") closeMenu(insertButton);
  else { closeAll(); openMenu(insertButton, "first"); }
});
insertButton.addEventListener("keydown", (event) => {
  if (event.key === "ArrowDown" || event.key === "Enter" || event.key === " ") { event.preventDefault(); openMenu(insertButton, "first"); }
  if (event.key === "ArrowUp") { event.preventDefault(); openMenu(insertButton, "last"); }
});
document.addEventListener("click", (event) => {
  if (!event.target.closest('[role="menubar"], [role="menu"], #insert-button')) closeAll();
});

let caret = 0;
doc.addEventListener("blur", () => { caret = doc.selectionStart; });
function insert(kind) {
  const [text, message] = INSERTS[kind];
  replaceText(doc.value.slice(0, caret) + text + doc.value.slice(caret));
  caret += text.length;
  doc.focus();
  doc.setSelectionRange(caret, caret);
  toast(message);
}

function setOption(item, on) {
  item.setAttribute("aria-checked", String(on));
  const option = item.dataset.option;
  if (option === "word-count") $("word-count").hidden = !on;
  if (option === "spellcheck") doc.spellcheck = on;
  if (option === "full-width") doc.classList.toggle("full", on);
}

const COMMANDS = {
  new: () => { loadDocument("Untitled", ""); doc.focus(); toast("New document created"); },
  open: (item) => { loadDocument(item.dataset.doc, DOCUMENTS[item.dataset.doc]); toast(`Opened ${item.dataset.doc}`); },
  save: () => save(),
  download: () => toast(`Download started: ${$("doc-title").value.trim() || "Untitled"}.txt`),
  print: () => {},
  undo: () => {
    history.future.push(doc.value);
    doc.value = history.past.pop();
    afterChange();
  },
  redo: () => {
    history.past.push(doc.value);
    doc.value = history.future.pop();
    afterChange();
  },
  find: () => openFind(),
  "clear-formatting": () => {
    Object.assign(format, { bold: false, italic: false, underline: false, align: "left", size: 16 });
    applyFormat();
    toast("Formatting cleared");
  },
  shortcuts: () => { $("shortcuts").hidden = false; $("hide-shortcuts").focus(); },
  about: () => toast("Inkwell 3.2: notes that stay on this page"),
};
$("hide-shortcuts").addEventListener("click", () => { $("shortcuts").hidden = true; });

function save() {
  if (!$("doc-title").value.trim()) {
    toast("Give the document a title before saving");
    $("doc-title").focus();
    return;
  }
  setSaved(true);
  toast("Document saved");
}

// ---- find and replace (non-modal) -------------------------------------------------------------------------
const find = { matches: [], current: -1, returnTo: null };
function searchMatches() {
  const needle = $("find-text").value;
  find.matches = [];
  if (!needle) return;
  const hay = $("match-case").checked ? doc.value : doc.value.toLowerCase();
  const word = $("match-case").checked ? needle : needle.toLowerCase();
  for (let at = hay.indexOf(word); at >= 0; at = hay.indexOf(word, at + word.length)) find.matches.push(at);
}
function showFindStatus() {
  const n = find.matches.length;
  const noun = n === 1 ? "match" : "matches";
  $("find-status").textContent = !$("find-text").value ? "" : !n ? "No matches"
    : find.current < 0 ? `${n} ${noun}` : `${find.current + 1} of ${n} ${noun}`;
}
function refreshFind() {
  searchMatches();
  find.current = -1;
  showFindStatus();
}
function step(direction) {
  searchMatches();
  const n = find.matches.length;
  if (!n) { find.current = -1; showFindStatus(); return; }
  find.current = find.current < 0 ? (direction > 0 ? 0 : n - 1) : (find.current + direction + n) % n;
  const at = find.matches[find.current];
  doc.setSelectionRange(at, at + $("find-text").value.length);
  showFindStatus();
}
function openFind() {
  find.returnTo = document.activeElement === document.body ? doc : document.activeElement;
  $("find-dialog").hidden = false;
  $("find-text").focus();
  $("find-text").select();
  refreshFind();
}
function closeFind() {
  $("find-dialog").hidden = true;
  (find.returnTo && document.contains(find.returnTo) ? find.returnTo : doc).focus();
}
$("find-text").addEventListener("input", refreshFind);
$("match-case").addEventListener("change", refreshFind);
$("find-text").addEventListener("keydown", (event) => {
  if (event.key === "Enter") { event.preventDefault(); step(event.shiftKey ? -1 : 1); }
});
$("find-next").addEventListener("click", () => step(1));
$("find-prev").addEventListener("click", () => step(-1));
$("replace-one").addEventListener("click", () => {
  if (find.current < 0) { step(1); return; }
  const at = find.matches[find.current];
  const keep = find.current;
  replaceText(doc.value.slice(0, at) + $("replace-text").value + doc.value.slice(at + $("find-text").value.length));
  searchMatches();
  find.current = find.matches.length ? keep % find.matches.length : -1;
  showFindStatus();
});
$("replace-all").addEventListener("click", () => {
  searchMatches();
  const n = find.matches.length;
  if (!n) { showFindStatus(); return; }
  const needle = $("find-text").value;
  let text = doc.value;
  [...find.matches].reverse().forEach((at) => { text = text.slice(0, at) + $("replace-text").value + text.slice(at + needle.length); });
  replaceText(text);
  find.current = -1;
  $("find-status").textContent = `Replaced ${n} ${n === 1 ? "match" : "matches"}`;
});
$("find-close").addEventListener("click", closeFind);
$("find-dialog").addEventListener("keydown", (event) => {
  if (event.key === "Escape") { event.preventDefault(); closeFind(); }
});

// ---- keyboard shortcuts ------------------------------------------------------------------------------------
document.addEventListener("keydown", (event) => {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
  const key = event.key.toLowerCase();
  const action = { s: save, f: openFind }[key] || (event.target === doc &&
    { b: () => toggleStyle("bold"), i: () => toggleStyle("italic"), u: () => toggleStyle("underline") }[key]);
  if (action) { event.preventDefault(); action(); }
});

loadDocument("Garden plan", DOCUMENTS["Garden plan"]);
applyFormat();
