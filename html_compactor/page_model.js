// The page model: every element of the rendered page as one flat list, in document order.
// Open shadow roots and same-origin iframes are inlined where they sit. Returns a JSON string
// (one fast transfer); the live nodes stay in window.__testgenNodes, indexed by element id.
() => {
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "META", "LINK", "TITLE", "BASE"]);
  const NAME_FROM_CONTENT = new Set([
    "button", "link", "heading", "cell", "gridcell", "columnheader", "rowheader", "option", "tab",
    "menuitem", "menuitemcheckbox", "menuitemradio", "checkbox", "radio", "switch", "treeitem",
    "tooltip", "row", "legend",
  ]);
  const LANDMARK_SCOPES = new Set(["ARTICLE", "ASIDE", "MAIN", "NAV", "SECTION"]);
  const TEXT_INPUTS = new Set(["", "text", "email", "tel", "url", "password", "date", "time",
    "datetime-local", "month", "week"]);
  const collapse = (s) => s.replace(/\s+/g, " ");
  const norm = (s) => collapse(s).trim();

  const nodes = [];
  const out = [];
  const recordOf = new Map();  // element -> its output record, for name computation

  // What is rendered inside an element: its shadow tree, a slot's assigned nodes, an iframe's document.
  function renderedChildren(el) {
    if (el.shadowRoot) return el.shadowRoot.childNodes;
    if (el.tagName === "SLOT") {
      const assigned = el.assignedNodes();
      return assigned.length ? assigned : el.childNodes;
    }
    return el.childNodes;
  }

  function implicitRole(el, tag) {
    switch (tag) {
      case "A": case "AREA": return el.hasAttribute("href") ? "link" : "generic";
      case "BUTTON": case "SUMMARY": return "button";
      case "INPUT": {
        const type = (el.getAttribute("type") || "").toLowerCase();
        if (["button", "submit", "reset", "image", "file", "color"].includes(type)) return "button";
        if (type === "checkbox") return el.hasAttribute("switch") ? "switch" : "checkbox";
        if (type === "radio") return "radio";
        if (type === "range") return "slider";
        if (type === "number") return "spinbutton";
        if (type === "hidden") return "none";
        if (el.hasAttribute("list")) return "combobox";
        return type === "search" ? "searchbox" : "textbox";
      }
      case "TEXTAREA": return "textbox";
      case "SELECT": return el.multiple || el.size > 1 ? "listbox" : "combobox";
      case "OPTION": return "option";
      case "OPTGROUP": case "FIELDSET": case "DETAILS": return "group";
      case "H1": case "H2": case "H3": case "H4": case "H5": case "H6": return "heading";
      case "IMG": return el.getAttribute("alt") === "" ? "presentation" : "img";
      case "UL": case "OL": case "MENU": return "list";
      case "LI": return "listitem";
      case "TABLE": return "table";
      case "TR": return "row";
      case "TD": return el.closest("table[role=grid], table[role=treegrid]") ? "gridcell" : "cell";
      case "TH": return el.getAttribute("scope") === "row" ? "rowheader" : "columnheader";
      case "THEAD": case "TBODY": case "TFOOT": return "rowgroup";
      case "NAV": return "navigation";
      case "MAIN": return "main";
      case "ASIDE": return "complementary";
      case "FORM": return "form";
      case "SEARCH": return "search";
      case "ARTICLE": return "article";
      case "DIALOG": return "dialog";
      case "FIGURE": return "figure";
      case "HR": return "separator";
      case "PROGRESS": return "progressbar";
      case "METER": return "meter";
      case "OUTPUT": return "status";
      case "P": return "paragraph";
      case "LEGEND": return "legend";
      case "SECTION": return "region";  // kept only when named, below
      case "HEADER": case "FOOTER": {
        for (let a = el.parentElement; a; a = a.parentElement) if (LANDMARK_SCOPES.has(a.tagName)) return "generic";
        return tag === "HEADER" ? "banner" : "contentinfo";
      }
      default: return el.isContentEditable && el.contentEditable !== "inherit" ? "textbox" : "generic";
    }
  }

  function byId(el, id) {
    const root = el.getRootNode();
    return root.getElementById ? root.getElementById(id) : el.ownerDocument.getElementById(id);
  }

  // Text a person reads inside `node`, for names from content and label text (hidden parts skipped).
  function contentText(node, skip) {
    let s = "";
    for (const child of renderedChildren(node)) {
      if (child.nodeType === 3) { s += child.data; continue; }
      if (child.nodeType !== 1 || child === skip || SKIP.has(child.tagName.toUpperCase())) continue;
      const rec = recordOf.get(child);
      if (rec && rec._hidden) continue;
      const tag = child.tagName;
      const block = rec && rec._block;
      let part;
      if (tag === "INPUT" || tag === "TEXTAREA") part = child.type === "checkbox" || child.type === "radio" ? "" : child.value;
      else if (tag === "SELECT") part = child.selectedOptions.length ? child.selectedOptions[0].text : "";
      else if (tag === "IMG") part = child.getAttribute("alt") || "";
      else if (tag.toLowerCase() === "svg") part = svgText(child);
      else if (child.hasAttribute("aria-label") && norm(child.getAttribute("aria-label"))) part = child.getAttribute("aria-label");
      else part = contentText(child, skip);
      s += block || tag === "BR" ? ` ${part} ` : part;
    }
    return s;
  }

  // An inline icon's part of a name: what its aria-labelledby names, its aria-label, else its <title> and <text>.
  function svgText(svg) {
    const named = svg.hasAttribute("aria-labelledby") ? labelledBy(svg) : "";
    if (named) return named;
    const label = svg.getAttribute("aria-label") || "";
    if (norm(label)) return label;
    let s = "";
    const texts = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
    while (texts.nextNode()) {
      const holder = texts.currentNode.parentNode.localName;
      if (holder !== "style" && holder !== "script") s += texts.currentNode.data;
    }
    return s;
  }

  function labelledBy(el) {
    const ids = (el.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
    return norm(ids.map((id) => {
      const ref = byId(el, id);
      if (!ref) return "";
      return norm(ref.getAttribute("aria-label") || "") || contentText(ref, null);
    }).join(" "));
  }

  function accessibleName(el, tag, role) {
    if (el.hasAttribute("aria-labelledby")) {
      const name = labelledBy(el);
      if (name) return name;
    }
    const aria = norm(el.getAttribute("aria-label") || "");
    if (aria) return aria;
    const type = tag === "INPUT" ? (el.getAttribute("type") || "").toLowerCase() : "";
    const isButtonInput = tag === "INPUT" && ["button", "submit", "reset", "image"].includes(type);
    if (!isButtonInput && el.labels && el.labels.length) {
      const name = norm(Array.from(el.labels, (label) => contentText(label, el)).join(" "));
      if (name) return name;
    }
    if (tag === "INPUT" || tag === "TEXTAREA") {
      if (isButtonInput) {
        const value = norm(el.getAttribute("value") || (type === "image" ? el.getAttribute("alt") || "" : ""));
        if (value) return value;
        if (type === "submit" || type === "image") return "Submit";
        if (type === "reset") return "Reset";
      }
      const hint = norm(el.getAttribute("placeholder") || el.getAttribute("aria-placeholder") || "");
      if (hint) return hint;
    }
    if (tag === "IMG" || tag === "AREA") {
      const alt = norm(el.getAttribute("alt") || "");
      if (alt) return alt;
    }
    if (tag === "FIELDSET" || tag === "TABLE" || tag === "FIGURE") {
      const caption = el.querySelector(tag === "FIELDSET" ? ":scope > legend" : tag === "TABLE" ? ":scope > caption" : ":scope > figcaption");
      if (caption) {
        const name = norm(contentText(caption, null));
        if (name) return name;
      }
    }
    if (NAME_FROM_CONTENT.has(role)) {
      const name = norm(contentText(el, null));
      if (name) return name;
    }
    return norm(el.getAttribute("title") || "");
  }

  function states(el, tag, role) {
    const st = {};
    const aria = (name) => el.getAttribute(name);
    if (tag === "INPUT" && (el.type === "checkbox" || el.type === "radio")) st.checked = el.indeterminate ? "mixed" : el.checked;
    else if (aria("aria-checked") !== null) st.checked = aria("aria-checked") === "mixed" ? "mixed" : aria("aria-checked") === "true";
    if ((el.matches && el.matches(":disabled")) || aria("aria-disabled") === "true") st.disabled = true;
    if (aria("aria-expanded") !== null) st.expanded = aria("aria-expanded") === "true";
    else if (tag === "SUMMARY" && el.parentElement && el.parentElement.tagName === "DETAILS") st.expanded = el.parentElement.open;
    if (tag === "OPTION") st.selected = el.selected;
    else if (aria("aria-selected") !== null) st.selected = aria("aria-selected") === "true";
    if (el.required || aria("aria-required") === "true") st.required = true;
    if (el.readOnly || aria("aria-readonly") === "true") st.readonly = true;
    if (aria("aria-pressed") !== null) st.pressed = aria("aria-pressed") === "mixed" ? "mixed" : aria("aria-pressed") === "true";
    if (tag === "SELECT") {
      st.value = el.value;
      st.options = Array.from(el.options, (o) => norm(o.text));
      st.selected_option = el.selectedOptions.length ? norm(el.selectedOptions[0].text) : "";
    } else if (tag === "TEXTAREA" || (tag === "INPUT" && !["checkbox", "radio", "button", "submit", "reset", "image", "file"].includes(el.type))) {
      st.value = el.value;
    } else if (aria("aria-valuenow") !== null) {
      st.value = aria("aria-valuenow");
    }
    if (role === "listbox" && tag !== "SELECT") {
      const options = el.querySelectorAll("[role=option]");
      st.options = Array.from(options, (o) => norm(o.getAttribute("aria-label") || o.textContent));
      const chosen = Array.from(options).find((o) => o.getAttribute("aria-selected") === "true");
      st.selected_option = chosen ? norm(chosen.getAttribute("aria-label") || chosen.textContent) : "";
    }
    return st;
  }

  // Walk one element and what is rendered inside it. `ctx` carries frame path, offsets and inherited hiding.
  function walk(el, parent, ctx) {
    const tag = el.tagName;
    const id = nodes.length;
    nodes.push(el);
    const rec = { id, parent, tag: tag.toLowerCase(), role: "", name: "", level: null, states: null,
      visible: false, box: [0, 0, 0, 0], frame: ctx.frame, shadow: ctx.shadow && el.getRootNode() !== el.ownerDocument,
      lead: "", tail: "",
      _hidden: ctx.hidden, _block: false, _hasText: false };
    out.push(rec);
    recordOf.set(el, rec);
    let hideChildren = ctx.hidden || el.hasAttribute("inert") || el.getAttribute("aria-hidden") === "true";
    if (!ctx.hidden) {
      const style = ctx.view.getComputedStyle(el);
      const none = style.display === "none";
      rec._block = style.display !== "inline" && style.display !== "contents";
      rec._contents = style.display === "contents";
      hideChildren = hideChildren || none || style.opacity === "0";
      rec._hidden = hideChildren;
      rec._shown = !rec._hidden && style.visibility === "visible";
      if (!none) {
        const r = el.getBoundingClientRect();
        rec.box = [Math.round(r.x + ctx.dx), Math.round(r.y + ctx.dy), Math.round(r.width), Math.round(r.height)];
      }
    }
    const childCtx = hideChildren === ctx.hidden && !el.shadowRoot ? ctx : { ...ctx, hidden: hideChildren, shadow: ctx.shadow || !!el.shadowRoot };
    const closedDetails = tag === "DETAILS" && !el.open;
    let summarySeen = false;
    let buffer = "lead";
    let target = rec;
    for (const child of renderedChildren(el)) {
      if (child.nodeType === 3) {
        if (closedDetails) continue;
        target[buffer] += child.data;
        if (!rec._hasText && /\S/.test(child.data)) rec._hasText = true;
      } else if (child.nodeType === 1 && !SKIP.has(child.tagName.toUpperCase())) {
        let cctx = childCtx;
        if (closedDetails) {
          const isSummary = child.tagName === "SUMMARY" && !summarySeen;
          summarySeen = summarySeen || isSummary;
          if (!isSummary) cctx = { ...childCtx, hidden: true };
        }
        const kid = walk(child, id, cctx);
        if (kid._block) {  // a block child starts and ends a line of text
          target[buffer] += " ";
          kid.tail = " ";
        }
        target = kid;
        buffer = "tail";
      }
    }
    if (tag === "IFRAME") walkFrame(el, id, childCtx);
    rec.lead = collapse(rec.lead);
    rec.tail = collapse(rec.tail);
    return rec;
  }

  function walkFrame(iframe, id, ctx) {
    let doc = null;
    try { doc = iframe.contentDocument; } catch (e) { doc = null; }
    if (!doc || !doc.documentElement) return;
    const r = iframe.getBoundingClientRect();
    const label = iframe.getAttribute("name") || iframe.getAttribute("title") || iframe.getAttribute("src") || `iframe ${id}`;
    const root = doc.body || doc.documentElement;
    walk(root, id, {
      view: doc.defaultView, frame: ctx.frame ? `${ctx.frame} > ${label}` : label, shadow: ctx.shadow,
      hidden: ctx.hidden, dx: ctx.dx + r.x + iframe.clientLeft, dy: ctx.dy + r.y + iframe.clientTop,
    });
  }

  const root = document.body || document.documentElement;
  walk(root, -1, { view: window, frame: "", shadow: false, hidden: false, dx: window.scrollX, dy: window.scrollY });

  // Visible: shown by CSS and either has a box or holds a visible child. Children follow parents, so go backwards.
  const childVisible = new Uint8Array(out.length);
  for (let i = out.length - 1; i >= 0; i--) {
    const rec = out[i];
    const hasBox = rec.box[2] > 0 && rec.box[3] > 0;
    const textShown = rec._hasText && (rec._contents || rec.box[2] + rec.box[3] > 0);
    rec.visible = !!rec._shown && (hasBox || childVisible[i] === 1 || textShown);
    if (rec.visible && rec.parent >= 0) childVisible[rec.parent] = 1;
  }
  for (const rec of out) {
    const el = nodes[rec.id];
    const explicit = (el.getAttribute("role") || "").trim().split(/\s+/)[0].toLowerCase();
    let role = explicit || implicitRole(el, el.tagName);
    if (role === "presentation") role = "none";
    rec.name = role === "none" ? "" : accessibleName(el, el.tagName, role);
    if (role === "region" && !explicit && !rec.name) role = "generic";
    rec.role = role;
    if (role === "heading") {
      const level = parseInt(el.getAttribute("aria-level") || el.tagName.slice(1), 10);
      rec.level = Number.isFinite(level) ? level : 2;
    }
    rec.states = states(el, el.tagName, role);
  }
  window.__testgenNodes = nodes;
  // Rows, not objects: a third of the bytes to move. `text` is rebuilt in Python from lead and tails.
  // `title` is a name too (testers name icon links by their tooltip); sent only when it adds to the name.
  const rows = out.map((r) => {
    const title = norm(nodes[r.id].getAttribute("title") || "");
    return [r.parent, r.tag, r.role, r.name, r.level, r.states, r.visible ? 1 : 0, r.box,
      r.frame, r.shadow ? 1 : 0, r.lead, r.tail, title && title !== r.name ? title : ""];
  });
  return JSON.stringify({ url: location.href, elements: rows });
}
