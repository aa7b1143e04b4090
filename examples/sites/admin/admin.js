/* Backoffice admin: one generic data table (sort, filter, status filter, pages, bulk select) used by each page. */
"use strict";

function h(tag, attrs, children) {
  var el = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (k) {
    if (k === "text") el.textContent = attrs[k];
    else if (k.slice(0, 2) === "on") el.addEventListener(k.slice(2), attrs[k]);
    else el.setAttribute(k, attrs[k]);
  });
  (children || []).forEach(function (c) { el.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
  return el;
}

var toastTimer = null;
function toast(text) {
  var box = document.getElementById("toast");
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(function () { box.hidden = true; }, 3500);
}

/* Shows a modal built by `build(body)`; returns a function that closes it. Escape and Cancel close it too. */
function openModal(title, build) {
  var overlay = h("div", { class: "overlay" });
  var modal = h("div", { class: "modal", role: "dialog", "aria-modal": "true", "aria-labelledby": "modal-title" },
    [h("h2", { id: "modal-title", text: title })]);
  overlay.appendChild(modal);
  function close() { overlay.remove(); document.removeEventListener("keydown", onKey); }
  function onKey(e) { if (e.key === "Escape") close(); }
  document.addEventListener("keydown", onKey);
  build(modal, close);
  document.body.appendChild(overlay);
  var first = modal.querySelector("input, select, button.btn-d, button.btn-p");
  if (first) first.focus();
  return close;
}

/* cfg: rows, columns [{key, label, sortable, render}], rowName(row), statusKey, searchKeys, actions(row, table) -> [el], onChange() */
function DataTable(root, cfg) {
  this.root = root;
  this.cfg = cfg;
  this.query = "";
  this.status = "";
  this.sortKey = null;
  this.sortDir = 1;
  this.page = 1;
  this.pageSize = 10;
  this.selected = new Set();
}

DataTable.prototype.visibleRows = function () {
  var cfg = this.cfg, q = this.query.toLowerCase(), status = this.status, key = this.sortKey, dir = this.sortDir;
  var rows = cfg.rows.filter(function (r) {
    var hay = cfg.searchKeys.map(function (k) { return String(r[k]); }).join(" ").toLowerCase();
    return (!q || hay.indexOf(q) >= 0) && (!status || r[cfg.statusKey] === status);
  });
  if (key) rows.sort(function (a, b) {
    var x = a[key], y = b[key];
    return (typeof x === "number" ? x - y : String(x).localeCompare(String(y))) * dir;
  });
  return rows;
};

DataTable.prototype.pageCount = function (total) { return Math.max(1, Math.ceil(total / this.pageSize)); };

DataTable.prototype.render = function () {
  var self = this, cfg = this.cfg;
  var rows = this.visibleRows();
  this.page = Math.min(this.page, this.pageCount(rows.length));
  var start = (this.page - 1) * this.pageSize;
  var shown = rows.slice(start, start + this.pageSize);
  var table = this.root.querySelector("table");
  var head = table.tHead.rows[0];
  head.innerHTML = "";
  var allOnPage = shown.length > 0 && shown.every(function (r) { return self.selected.has(r.id); });
  var selectAll = h("input", { type: "checkbox", "aria-label": "Select all rows on this page" });
  selectAll.checked = allOnPage;
  selectAll.addEventListener("change", function () {
    shown.forEach(function (r) { if (selectAll.checked) self.selected.add(r.id); else self.selected.delete(r.id); });
    self.render();
  });
  head.appendChild(h("th", { class: "plain", style: "width:32px" }, [selectAll]));
  cfg.columns.forEach(function (col) {
    if (!col.sortable) { head.appendChild(h("th", { class: "plain", text: col.label })); return; }
    var active = self.sortKey === col.key;
    var arrow = active ? (self.sortDir === 1 ? " \u25B2" : " \u25BC") : "";
    var th = h("th", active ? { "aria-sort": self.sortDir === 1 ? "ascending" : "descending" } : {},
      [h("button", { class: "sort", type: "button", onclick: function () {
        if (self.sortKey === col.key) self.sortDir = -self.sortDir; else { self.sortKey = col.key; self.sortDir = 1; }
        self.render();
      } }, [col.label, h("span", { "aria-hidden": "true", text: arrow })])]);
    head.appendChild(th);
  });
  head.appendChild(h("th", { class: "plain", text: "Actions" }));

  var body = table.tBodies[0];
  body.innerHTML = "";
  if (!shown.length) body.appendChild(h("tr", { class: "empty-row" }, [h("td", { colspan: String(cfg.columns.length + 2), text: "No results. Try a different filter." })]));
  shown.forEach(function (r) {
    var box = h("input", { type: "checkbox", "aria-label": "Select " + cfg.rowName(r) });
    box.checked = self.selected.has(r.id);
    box.addEventListener("change", function () { if (box.checked) self.selected.add(r.id); else self.selected.delete(r.id); self.render(); });
    var tr = h("tr", { class: box.checked ? "sel" : "", "data-id": String(r.id) }, [h("td", {}, [box])]);
    cfg.columns.forEach(function (col) {
      var cell = h("td");
      if (col.render) cell.appendChild(col.render(r)); else cell.textContent = r[col.key];
      tr.appendChild(cell);
    });
    tr.appendChild(h("td", { style: "white-space:nowrap" }, cfg.actions(r, self)));
    body.appendChild(tr);
  });

  var count = this.root.querySelector(".showing");
  count.textContent = rows.length ? "Showing " + (start + 1) + "\u2013" + (start + shown.length) + " of " + rows.length : "Showing 0 of 0";
  var pages = this.root.querySelector(".pages");
  pages.innerHTML = "";
  var last = this.pageCount(rows.length);
  pages.appendChild(h("button", { class: "btn", type: "button", text: "Previous", onclick: function () { self.page--; self.render(); } }));
  pages.lastChild.disabled = this.page === 1;
  for (var p = 1; p <= last; p++) (function (n) {
    var attrs = { class: "btn", type: "button", text: String(n), "aria-label": "Page " + n, onclick: function () { self.page = n; self.render(); } };
    if (n === self.page) attrs["aria-current"] = "page";
    pages.appendChild(h("button", attrs));
  })(p);
  pages.appendChild(h("button", { class: "btn", type: "button", text: "Next", onclick: function () { self.page++; self.render(); } }));
  pages.lastChild.disabled = this.page === last;

  var bulk = this.root.querySelector(".bulkbar");
  bulk.hidden = this.selected.size === 0;
  bulk.querySelector(".sel-count").textContent = this.selected.size + " selected";
  if (cfg.onChange) cfg.onChange();
};

DataTable.prototype.wire = function () {
  var self = this;
  this.root.querySelector(".filter").addEventListener("input", function (e) { self.query = e.target.value; self.page = 1; self.render(); });
  this.root.querySelector(".status").addEventListener("change", function (e) { self.status = e.target.value; self.page = 1; self.render(); });
  this.root.querySelector(".per-page").addEventListener("change", function (e) { self.pageSize = Number(e.target.value); self.page = 1; self.render(); });
  this.root.querySelector(".clear-sel").addEventListener("click", function () { self.selected.clear(); self.render(); });
  this.render();
};

function countBy(rows, key, value) { return rows.filter(function (r) { return r[key] === value; }).length; }

var EDIT_ICON = '<svg width="15" height="15" viewBox="0 0 16 16" aria-hidden="true"><path d="M2 11.5 V14 H4.5 L12 6.5 L9.5 4 Z M13.7 4.8 a0.7 0.7 0 0 0 0 -1 L12.2 2.3 a0.7 0.7 0 0 0 -1 0 L10.3 3.2 L12.8 5.7 Z" fill="currentColor"/></svg>';
var TRASH_ICON = '<svg width="15" height="15" viewBox="0 0 16 16" aria-hidden="true"><path d="M5 2 H11 V3 H14 V4.5 H2 V3 H5 Z M3.5 5.5 H12.5 L11.8 14 H4.2 Z" fill="currentColor"/></svg>';
