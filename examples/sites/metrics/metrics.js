/* Tallyboard: a small store (state + reducer + subscribers). Every control dispatches an action; each
   part of the page (cards, table, pager, side panel, toast) re-renders itself from the new state.
   The orders are built from a fixed formula, so every visit shows the same figures. */
(function () {
  "use strict";

  var TODAY = Date.UTC(2026, 2, 14);
  var DAY = 86400000;
  var PAGE_SIZE = 10;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var CUSTOMERS = ["Ada Okafor", "Bruno Silva", "Chen Wei", "Dana Novak", "Eli Haddad", "Farah Khan", "Gus Moreau",
                   "Hana Sato", "Ivan Petrov", "Jade Brooks", "Kofi Mensah", "Lena Fischer", "Mateo Ruiz"];
  var REGIONS = ["North", "South", "East", "West"];
  var RANGES = {
    "Last 7 days": TODAY - 6 * DAY,
    "Last 30 days": TODAY - 29 * DAY,
    "This month": Date.UTC(2026, 2, 1),
    "All time": -Infinity
  };

  var ORDERS = [];
  for (var i = 0; i < 60; i++) {
    ORDERS.push({
      id: 1001 + i,
      date: TODAY - ((i * 7) % 41) * DAY,
      customer: CUSTOMERS[(i * 5) % CUSTOMERS.length],
      region: REGIONS[(i * 3 + (i >> 2)) % REGIONS.length],
      status: i % 9 === 4 ? "Refunded" : i % 7 === 3 ? "Pending" : "Paid",
      items: 1 + (i % 4),
      total: 40 + (i * 7919) % 460 + ((i * 13) % 100) / 100
    });
  }

  /* ---- formatting ------------------------------------------------------------------------------------ */
  function money(value) {
    var fixed = value.toFixed(2);
    return "$" + fixed.slice(0, -3).replace(/\B(?=(\d{3})+(?!\d))/g, ",") + fixed.slice(-3);
  }
  function shortDate(ms) { var d = new Date(ms); return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear(); }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function orderName(order) { return "#" + order.id; }

  /* ---- store ------------------------------------------------------------------------------------------ */
  var INITIAL = { range: "Last 30 days", region: "", search: "", sortKey: "date", sortDir: "descending", page: 1, openId: null,
                  toast: "" };
  var state = Object.assign({}, INITIAL);
  var listeners = [];

  function reduce(current, action) {
    var next = Object.assign({}, current);
    switch (action.type) {
      case "filter": next[action.name] = action.value; next.page = 1; break;
      case "sort":
        if (current.sortKey === action.key) next.sortDir = current.sortDir === "ascending" ? "descending" : "ascending";
        else { next.sortKey = action.key; next.sortDir = "ascending"; }
        next.page = 1;
        break;
      case "page": next.page = action.page; break;
      case "open": next.openId = action.id; break;
      case "close": next.openId = null; break;
      case "reset": next = Object.assign({}, INITIAL, { sortKey: current.sortKey, sortDir: current.sortDir }); break;
      case "toast": next.toast = action.text; break;
    }
    return next;
  }

  function dispatch(action) {
    var previous = state;
    state = reduce(state, action);
    listeners.forEach(function (listener) { listener(state, previous); });
  }

  /* ---- selectors -------------------------------------------------------------------------------------- */
  function inRangeAndRegion(s) {
    var from = RANGES[s.range];
    return ORDERS.filter(function (o) { return o.date >= from && (!s.region || o.region === s.region); });
  }

  function matching(s) {
    var words = s.search.trim().toLowerCase().replace(/^#/, "");
    var found = inRangeAndRegion(s).filter(function (o) {
      return !words || String(o.id).indexOf(words) >= 0 || o.customer.toLowerCase().indexOf(words) >= 0;
    });
    var sign = s.sortDir === "ascending" ? 1 : -1;
    return found.sort(function (a, b) {
      var x = a[s.sortKey], y = b[s.sortKey];
      return (x < y ? -1 : x > y ? 1 : a.id - b.id) * sign;
    });
  }

  function pageCount(s) { return Math.max(1, Math.ceil(matching(s).length / PAGE_SIZE)); }

  /* ---- views ------------------------------------------------------------------------------------------ */
  function el(id) { return document.getElementById(id); }

  function renderCards(s) {
    var orders = inRangeAndRegion(s);
    var paid = orders.filter(function (o) { return o.status === "Paid"; });
    var refunds = orders.filter(function (o) { return o.status === "Refunded"; });
    var sum = function (list) { return list.reduce(function (total, o) { return total + o.total; }, 0); };
    var scope = s.range + " · " + (s.region || "All regions");
    el("card-revenue").textContent = money(sum(paid));
    el("card-revenue-note").textContent = "From " + plural(paid.length, "paid order") + " · " + scope;
    el("card-orders").textContent = String(orders.length);
    var pending = orders.filter(function (o) { return o.status === "Pending"; }).length;
    el("card-orders-note").textContent = pending + " pending · " + scope;
    el("card-refunds").textContent = money(sum(refunds));
    el("card-refunds-note").textContent = plural(refunds.length, "refund") + " · " + scope;
  }

  function renderTable(s) {
    var found = matching(s);
    var start = (s.page - 1) * PAGE_SIZE;
    var shown = found.slice(start, start + PAGE_SIZE);
    var rows = el("rows");
    rows.replaceChildren.apply(rows, shown.map(function (o) {
      var tr = document.createElement("tr");
      var cells = [null, shortDate(o.date), o.customer, o.region, null, money(o.total)];
      cells.forEach(function (text, index) {
        var td = document.createElement("td");
        if (index === 0) {
          var open = document.createElement("button");
          open.type = "button";
          open.textContent = orderName(o);
          open.dataset.id = String(o.id);
          open.setAttribute("aria-haspopup", "dialog");
          open.setAttribute("aria-expanded", String(s.openId === o.id));
          td.append(open);
        } else if (index === 4) {
          var badge = document.createElement("span");
          badge.className = "badge badge--" + o.status;
          badge.textContent = o.status;
          td.append(badge);
        } else {
          td.textContent = text;
        }
        if (index === 5) td.className = "num";
        tr.append(td);
      });
      return tr;
    }));
    el("orders-table").hidden = found.length === 0;
    el("empty").hidden = found.length > 0;
    el("showing").textContent = found.length
      ? "Showing " + (start + 1) + "–" + (start + shown.length) + " of " + plural(found.length, "order")
      : "Showing 0 orders";
    document.querySelectorAll("th[data-key]").forEach(function (th) {
      if (th.dataset.key === s.sortKey) th.setAttribute("aria-sort", s.sortDir);
      else th.removeAttribute("aria-sort");
    });
  }

  function renderPager(s) {
    var pages = pageCount(s);
    var hadFocus = el("pager").contains(document.activeElement) ? document.activeElement : null;
    var holder = el("pages");
    var buttons = [];
    for (var n = 1; n <= pages; n++) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "btn";
      button.textContent = String(n);
      button.dataset.page = String(n);
      button.setAttribute("aria-label", "Page " + n);
      if (n === s.page) button.setAttribute("aria-current", "page");
      buttons.push(button);
    }
    holder.replaceChildren.apply(holder, buttons);
    el("prev").disabled = s.page <= 1;
    el("next").disabled = s.page >= pages;
    el("page-label").textContent = "Page " + s.page + " of " + pages;
    el("pager").hidden = matching(s).length === 0;
    if (hadFocus && hadFocus.dataset.page) holder.querySelector('[data-page="' + s.page + '"]').focus();
    if (hadFocus && hadFocus.disabled) (hadFocus.id === "next" ? el("prev") : el("next")).focus();
  }

  function renderPanel(s, previous) {
    var panel = el("panel");
    if (s.openId === previous.openId) return;
    if (s.openId === null) {
      panel.hidden = true;
      var trigger = document.querySelector('#rows button[data-id="' + previous.openId + '"]');
      (trigger || el("orders-title")).focus();
      return;
    }
    var o = ORDERS.filter(function (order) { return order.id === s.openId; })[0];
    el("panel-title").textContent = "Order " + orderName(o);
    var facts = [
      ["Date", shortDate(o.date)], ["Customer", o.customer],
      ["Email", o.customer.split(" ")[0].toLowerCase() + "@example.com"], ["Region", o.region],
      ["Status", o.status], ["Items", String(o.items)], ["Total", money(o.total)]
    ];
    el("panel-facts").replaceChildren.apply(el("panel-facts"), facts.reduce(function (nodes, fact) {
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = fact[0];
      dd.textContent = fact[1];
      return nodes.concat([dt, dd]);
    }, []));
    panel.hidden = false;
    panel.focus();
  }

  var toastTimer = null;
  function renderToast(s, previous) {
    if (s.toast === previous.toast && s.toast) return;
    el("toast").textContent = s.toast;
    clearTimeout(toastTimer);
    if (s.toast) toastTimer = setTimeout(function () { dispatch({ type: "toast", text: "" }); }, 5000);
  }

  function syncControls(s) {
    el("range").value = s.range;
    el("region").value = s.region;
    if (el("search").value !== s.search) el("search").value = s.search;
  }

  listeners.push(syncControls, renderCards, renderTable, renderPager, renderPanel, renderToast);

  /* ---- controls -> actions ---------------------------------------------------------------------------- */
  el("range").addEventListener("change", function (e) { dispatch({ type: "filter", name: "range", value: e.target.value }); });
  el("region").addEventListener("change", function (e) { dispatch({ type: "filter", name: "region", value: e.target.value }); });
  el("search").addEventListener("input", function (e) { dispatch({ type: "filter", name: "search", value: e.target.value }); });
  document.querySelector("thead").addEventListener("click", function (e) {
    var th = e.target.closest("th[data-key]");
    if (th && e.target.closest("button")) dispatch({ type: "sort", key: th.dataset.key });
  });
  el("prev").addEventListener("click", function () { dispatch({ type: "page", page: state.page - 1 }); });
  el("next").addEventListener("click", function () { dispatch({ type: "page", page: state.page + 1 }); });
  el("pages").addEventListener("click", function (e) {
    var button = e.target.closest("button[data-page]");
    if (button) dispatch({ type: "page", page: Number(button.dataset.page) });
  });
  el("rows").addEventListener("click", function (e) {
    var button = e.target.closest("button[data-id]");
    if (button) dispatch({ type: "open", id: Number(button.dataset.id) });
  });
  el("panel-close").addEventListener("click", function () { dispatch({ type: "close" }); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && state.openId !== null) dispatch({ type: "close" });
  });
  el("reset").addEventListener("click", function () { dispatch({ type: "reset" }); el("search").focus(); });
  el("export").addEventListener("click", function () {
    var count = matching(state).length;
    dispatch({ type: "toast", text: count ? "Exported " + plural(count, "order") + " to orders-2026-03-14.csv."
      : "There are no orders to export." });
  });

  listeners.forEach(function (listener) { listener(state, Object.assign({}, state, { toast: null })); });
})();
