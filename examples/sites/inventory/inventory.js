// Binwise stock grid: filters, sortable columns, paging, row selection, quantity editing, bulk actions,
// and data grid keyboard navigation (arrows, Home/End, Ctrl+Home/End, Page Up/Down).
"use strict";

const $ = (id) => document.getElementById(id);
const PER_PAGE = 10;
const CATALOGUE = {
  Electrical: ["LED bulb E27 9W", "Extension lead 4-way", "Cable ties 200 mm", "Wall socket double", "Light switch single",
    "Junction box IP65", "Wire stripper", "Fuse 13A (10)", "Twin cable 2.5 mm 50 m", "Motion sensor"],
  Fasteners: ["Wood screws 4×40 mm", "Hex bolts M8×60", "Wall plugs 6 mm", "Washers M10", "Nuts M6",
    "Drywall screws 3.5×35", "Coach screws 8×100", "Rivets 4 mm", "Nails 50 mm 1 kg", "Anchor bolts M10"],
  Paint: ["Primer white 2.5 L", "Masking tape 38 mm", "Roller 230 mm", "Brush set 5 pc", "Satin paint grey 5 L",
    "Paint tray", "Filler 600 g", "Sandpaper P120 (10)", "Wood stain oak 750 ml", "Dust sheet 4×5 m"],
  Plumbing: ["PTFE tape", "Compression elbow 15 mm", "Copper pipe 15 mm 3 m", "Basin tap chrome",
    "Sink trap 40 mm", "Silicone sealant clear", "Stop valve 15 mm", "Flexible hose 300 mm", "Pipe cutter"],
  Safety: ["Safety glasses", "Work gloves L", "Ear defenders", "Dust masks FFP2 (10)", "Hard hat white",
    "Hi-vis vest XL", "First aid kit", "Knee pads", "Safety boots 43"],
  Tools: ["Claw hammer 16 oz", "Tape measure 8 m", "Spirit level 600 mm", "Utility knife", "Screwdriver set 6 pc",
    "Cordless drill 18V", "Hacksaw 300 mm", "Adjustable spanner 250 mm", "Pliers combination"],
};
const CODES = { Electrical: "EL", Fasteners: "FS", Paint: "PT", Plumbing: "PL", Safety: "SF", Tools: "TL" };
let items = Object.entries(CATALOGUE).flatMap(([category, names], c) => names.map((name, n) => {
  const i = c * 10 + n;
  return {
    sku: `${CODES[category]}-${String(1001 + n * 7 + c).padStart(4, "0")}`, name, category,
    location: `Aisle ${1 + (i % 8)}, Bay ${1 + ((i * 3) % 12)}`,
    qty: i % 11 === 4 ? 0 : (i * 37 + 11) % 120, price: 2.5 + ((i * 731) % 4800) / 100,
  };
}));
const state = { sortKey: "sku", sortDir: "ascending", page: 1, selected: new Set(), focus: [0, 0], editing: null };

// ---- filtering, sorting and paging -------------------------------------------------------------------------
function filtered() {
  const query = $("search").value.trim().toLowerCase();
  const category = $("category").value;
  const inStock = $("in-stock").checked;
  const sign = state.sortDir === "ascending" ? 1 : -1;
  return items
    .filter((it) => !query || it.name.toLowerCase().includes(query) || it.sku.toLowerCase().includes(query))
    .filter((it) => !category || it.category === category)
    .filter((it) => !inStock || it.qty > 0)
    .sort((a, b) => {
      const x = a[state.sortKey];
      const y = b[state.sortKey];
      return sign * (typeof x === "number" ? x - y : x.localeCompare(y, "en", { numeric: true }));
    });
}
const statusOf = (qty) => (qty === 0 ? ["Out of stock", "out"] : qty < 10 ? ["Low stock", "low"] : ["In stock", "in"]);
const money = (n) => `$${n.toFixed(2)}`;

function render() {
  const refocus = $("grid").contains(document.activeElement) && !state.editing;
  const all = filtered();
  const pages = Math.max(1, Math.ceil(all.length / PER_PAGE));
  state.page = Math.min(state.page, pages);
  const start = (state.page - 1) * PER_PAGE;
  const rows = all.slice(start, start + PER_PAGE);
  $("grid").setAttribute("aria-rowcount", String(all.length + 1));
  $("rows").replaceChildren(...rows.map((it, r) => {
    const tr = document.createElement("tr");
    tr.setAttribute("aria-rowindex", String(start + r + 2));
    tr.setAttribute("aria-selected", String(state.selected.has(it.sku)));
    const [label, kind] = statusOf(it.qty);
    tr.innerHTML = `<td><input type="checkbox" tabindex="-1"></td><td></td><td></td><td></td><td></td>` +
      `<td class="num"></td><td class="num">${money(it.price)}</td><td><span class="pill pill--${kind}">${label}</span></td>`;
    const box = tr.cells[0].firstChild;
    box.checked = state.selected.has(it.sku);
    box.setAttribute("aria-label", `Select ${it.name}`);
    box.addEventListener("change", () => {
      if (box.checked) state.selected.add(it.sku); else state.selected.delete(it.sku);
      render();
    });
    [it.sku, it.name, it.category, it.location].forEach((text, k) => { tr.cells[k + 1].textContent = text; });
    tr.cells[5].append(state.editing === it.sku ? editor(it) : quantity(it));
    return tr;
  }));
  [...$("rows").querySelectorAll("td"), ...document.querySelectorAll("#grid th")].forEach((cell) => cell.removeAttribute("tabindex"));
  $("empty").hidden = all.length > 0;
  $("showing").textContent = all.length ? `Showing ${start + 1}–${start + rows.length} of ${all.length}` : "Showing 0 of 0";
  document.querySelectorAll("#grid th[data-key]").forEach((th) => {
    if (th.dataset.key === state.sortKey) th.setAttribute("aria-sort", state.sortDir); else th.removeAttribute("aria-sort");
  });
  const onPage = rows.filter((it) => state.selected.has(it.sku)).length;
  $("page-all").checked = rows.length > 0 && onPage === rows.length;
  $("page-all").indeterminate = onPage > 0 && onPage < rows.length;
  $("selected-count").textContent = `${state.selected.size} selected`;
  $("bulk").disabled = state.selected.size === 0;
  renderPager(pages);
  placeFocus(refocus);
}
function quantity(it) {
  const span = document.createElement("span");
  span.className = "qty";
  const value = document.createElement("span");
  value.textContent = String(it.qty);
  const edit = document.createElement("button");
  edit.type = "button";
  edit.className = "btn btn--small";
  edit.tabIndex = -1;
  edit.textContent = "Edit";
  edit.setAttribute("aria-label", `Edit quantity of ${it.name}`);
  edit.addEventListener("click", () => startEdit(it.sku));
  span.append(value, edit);
  return span;
}
function editor(it) {
  const wrap = document.createElement("span");
  const input = document.createElement("input");
  input.type = "text";
  input.inputMode = "numeric";
  input.className = "input";
  input.value = String(it.qty);
  input.setAttribute("aria-label", `Quantity of ${it.name}`);
  input.setAttribute("aria-describedby", "qty-error");
  const error = document.createElement("span");
  error.className = "qty-error";
  error.id = "qty-error";
  input.addEventListener("keydown", (event) => {
    event.stopPropagation();
    if (event.key === "Escape") { event.preventDefault(); stopEdit(); }
    if (event.key !== "Enter") return;
    event.preventDefault();
    const text = input.value.trim();
    if (!/^\d{1,4}$/.test(text)) {
      error.textContent = "Enter a whole number from 0 to 9999.";
      input.setAttribute("aria-invalid", "true");
      return;
    }
    it.qty = Number(text);
    $("note").textContent = `Saved. ${it.name} now has ${it.qty} in stock.`;
    stopEdit();
  });
  wrap.className = "qty";
  const box = document.createElement("span");
  box.append(input, error);
  wrap.append(box);
  return wrap;
}
function startEdit(sku) {
  state.editing = sku;
  render();
  const input = $("rows").querySelector("td input.input");
  input.focus();
  input.select();
}
function stopEdit() {
  state.editing = null;
  render();
  placeFocus(true);
}

function renderPager(pages) {
  const pager = $("pager");
  const button = (label, page, extra = {}) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "btn btn--small";
    b.textContent = label;
    Object.entries(extra).forEach(([k, v]) => b.setAttribute(k, v));
    b.disabled = page < 1 || page > pages;
    b.addEventListener("click", () => { state.page = page; render(); });
    return b;
  };
  pager.replaceChildren(
    button("Previous page", state.page - 1),
    ...Array.from({ length: pages }, (_, i) => button(String(i + 1), i + 1,
      { "aria-label": `Page ${i + 1}`, ...(i + 1 === state.page ? { "aria-current": "page" } : {}) })),
    button("Next page", state.page + 1),
  );
}

// ---- grid keyboard navigation (one tab stop; a cell's own control takes focus) ----------------------------
const cellAt = ([r, c]) => {
  const row = r === 0 ? document.querySelector("#grid thead tr") : $("rows").rows[r - 1];
  return row ? row.cells[c] : null;
};
const focusTarget = (cell) => cell.querySelector("input, button") || cell;
function placeFocus(move) {
  const rowCount = $("rows").rows.length;
  state.focus[0] = Math.min(state.focus[0], rowCount);
  document.querySelectorAll("#grid [tabindex='0']").forEach((el) => { el.tabIndex = -1; });
  const cell = cellAt(state.focus) || cellAt([0, 0]);
  const target = focusTarget(cell);
  if (target === cell) cell.tabIndex = 0; else target.tabIndex = 0;
  if (move) target.focus();
}
$("grid").addEventListener("keydown", (event) => {
  if (event.target.matches("input.input")) return;
  const rowCount = $("rows").rows.length;
  const [r, c] = state.focus;
  const last = 7;
  const ctrl = event.ctrlKey || event.metaKey;
  const moves = {
    ArrowRight: [r, Math.min(last, c + 1)], ArrowLeft: [r, Math.max(0, c - 1)],
    ArrowDown: [Math.min(rowCount, r + 1), c], ArrowUp: [Math.max(0, r - 1), c],
    Home: ctrl ? [0, 0] : [r, 0], End: ctrl ? [rowCount, last] : [r, last],
    PageDown: [Math.min(rowCount, r + 5), c], PageUp: [Math.max(0, r - 5), c],
  };
  if (event.key in moves) {
    event.preventDefault();
    state.focus = moves[event.key];
    placeFocus(true);
  } else if ((event.key === "Enter" || event.key === "F2") && c === 5 && r > 0) {
    event.preventDefault();
    startEdit($("rows").rows[r - 1].cells[1].textContent);
  }
});
$("grid").addEventListener("focusin", (event) => {
  const cell = event.target.closest("td, th");
  if (!cell) return;
  const row = cell.parentElement;
  state.focus = [row.parentElement.tagName === "THEAD" ? 0 : row.sectionRowIndex + 1, cell.cellIndex];
  document.querySelectorAll("#grid [tabindex='0']").forEach((el) => { if (el !== event.target) el.tabIndex = -1; });
  event.target.tabIndex = 0;
});

// ---- sorting, filters, selection ---------------------------------------------------------------------------
document.querySelectorAll("#grid th[data-key] button").forEach((button) => button.addEventListener("click", () => {
  const key = button.parentElement.dataset.key;
  state.sortDir = state.sortKey === key && state.sortDir === "ascending" ? "descending" : "ascending";
  state.sortKey = key;
  state.page = 1;
  render();
}));
const refilter = () => { state.page = 1; render(); };
$("search").addEventListener("input", refilter);
$("category").addEventListener("change", refilter);
$("in-stock").addEventListener("change", refilter);
$("clear-filters").addEventListener("click", () => {
  $("search").value = "";
  $("category").value = "";
  $("in-stock").checked = false;
  refilter();
});
$("page-all").addEventListener("change", () => {
  const all = filtered().slice((state.page - 1) * PER_PAGE, state.page * PER_PAGE);
  const every = all.every((it) => state.selected.has(it.sku));
  all.forEach((it) => (every ? state.selected.delete(it.sku) : state.selected.add(it.sku)));
  render();
});

// ---- bulk actions menu button ------------------------------------------------------------------------------
const bulk = $("bulk");
const menu = $("bulk-menu");
const menuItems = [...menu.querySelectorAll('[role="menuitem"]')];
function openMenu(focusLast) {
  menu.hidden = false;
  bulk.setAttribute("aria-expanded", "true");
  menuItems[focusLast ? menuItems.length - 1 : 0].focus();
}
function closeMenu(refocus) {
  menu.hidden = true;
  bulk.setAttribute("aria-expanded", "false");
  if (refocus) bulk.focus();
}
bulk.addEventListener("click", () => (menu.hidden ? openMenu(false) : closeMenu(true)));
bulk.addEventListener("keydown", (event) => {
  if (event.key === "ArrowDown" || event.key === "ArrowUp") { event.preventDefault(); openMenu(event.key === "ArrowUp"); }
});
menu.addEventListener("keydown", (event) => {
  const at = menuItems.indexOf(document.activeElement);
  const target = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: menuItems.length - 1 }[event.key];
  if (target !== undefined) menuItems[(target + menuItems.length) % menuItems.length].focus();
  else if (event.key === "Escape") closeMenu(true);
  else if (event.key === "Tab") closeMenu(false);
  else if (event.key === "Enter" || event.key === " ") runAction(document.activeElement.dataset.action);
  else return;
  if (event.key !== "Tab") event.preventDefault();
});
menu.addEventListener("click", (event) => {
  const item = event.target.closest('[role="menuitem"]');
  if (item) runAction(item.dataset.action);
});
document.addEventListener("click", (event) => {
  if (!menu.hidden && !event.target.closest(".menu-host")) closeMenu(false);
});
function runAction(action) {
  const chosen = items.filter((it) => state.selected.has(it.sku));
  const n = chosen.length;
  const noun = `${n} ${n === 1 ? "item" : "items"}`;
  if (action === "restock") { chosen.forEach((it) => { it.qty += 10; }); $("note").textContent = `Restocked ${noun} (+10 each).`; }
  if (action === "out") { chosen.forEach((it) => { it.qty = 0; }); $("note").textContent = `Marked ${noun} out of stock.`; }
  if (action === "export") $("note").textContent = `Exported ${noun} to stock.csv.`;
  if (action === "remove") {
    items = items.filter((it) => !state.selected.has(it.sku));
    state.selected.clear();
    $("note").textContent = `Removed ${noun} from the list.`;
  }
  closeMenu(true);
  render();
}

render();
