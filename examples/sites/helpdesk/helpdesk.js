// Harbor support desk: ticket views (tabs, automatic activation), ticket detail (tabs, manual activation),
// FAQ accordion, "Show more" disclosures, the New ticket modal dialog and ticket status changes.
"use strict";

const $ = (id) => document.getElementById(id);
const LONG = "I tried the reset link three times from two different browsers and it always says the link " +
  "has expired, even when I click it within a minute. I also checked the spam folder in case an older " +
  "email was the one I was opening. Could you reset it for me or send a link that works?";
const tickets = [
  [1042, "Can't reset my password", "Maya Chen", "maya.chen@example.com", "High", "Open", [LONG]],
  [1043, "Invoice shows the wrong VAT number", "Tom Okafor", "tom@okafor.example", "Normal", "Open",
    ["Our March invoice lists VAT number NL001 instead of NL002. Please send a corrected invoice."]],
  [1044, "App crashes when uploading a photo", "Priya Nair", "priya@example.net", "Urgent", "Open",
    ["The Android app closes as soon as I pick a photo larger than 10 MB.", "Agent Dana Price: Which phone model do you use?"]],
  [1045, "How do I export my data?", "Lars Berg", "lars.berg@example.org", "Low", "Pending",
    ["I'd like a copy of everything in my account.", "Agent Eli Moreno: Settings, then Privacy, then Export. Did that work?"]],
  [1046, "Two-factor codes not arriving", "Ana Souza", "ana.souza@example.com", "High", "Open",
    ["Text messages with the sign-in code never arrive on my Portuguese number."]],
  [1047, "Change the billing email", "Jonas Weber", "jonas@weber.example", "Low", "Solved",
    ["Please send invoices to accounts@weber.example from now on.", "Agent Rosa Lind: Done, the next invoice goes there."]],
  [1048, "Refund for duplicate charge", "Sofia Rossi", "sofia.rossi@example.it", "Normal", "Pending",
    ["I was charged twice on 2 March.", "Agent Dana Price: Could you send the last four digits of the card?"]],
  [1049, "Dark mode request", "Kenji Ito", "kenji@example.jp", "Low", "Solved",
    ["Any plans for a dark theme?", "Agent Eli Moreno: It ships in the April release."]],
  [1050, "Can't invite a teammate", "Fatima Zahra", "fatima@example.ma", "Normal", "Solved",
    ["The invite button is grey.", "Agent Rosa Lind: Only admins can invite; I made you an admin."]],
].map(([id, subject, requester, email, priority, status, messages]) => ({
  id, subject, requester, email, priority, status, assignee: "Unassigned", created: "2026-03-1" + (id % 5),
  messages: messages.map((text, i) => i === 0 ? { who: requester, text } : { who: text.split(":")[0], text: text.split(": ").slice(1).join(": ") }),
  history: [`Ticket created by ${requester}`],
}));
let nextId = 1051;
let view = "Open";
let current = null;

// ---- tabs: automatic (views) or manual (ticket detail) activation -------------------------------------------
function tabs(list, manual, onSelect) {
  const all = [...list.querySelectorAll('[role="tab"]')];
  function select(tab) {
    all.forEach((t) => {
      t.setAttribute("aria-selected", String(t === tab));
      t.tabIndex = t === tab ? 0 : -1;
    });
    onSelect(tab);
  }
  all.forEach((tab, i) => {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (event) => {
      const target = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: all.length - 1 }[event.key];
      if (target === undefined) return;
      event.preventDefault();
      const next = all[(target + all.length) % all.length];
      next.focus();
      if (manual) all.forEach((t) => { t.tabIndex = t === next ? 0 : -1; });
      else select(next);
    });
  });
  return select;
}

// ---- ticket list -------------------------------------------------------------------------------------------
function renderList() {
  const query = $("search").value.trim().toLowerCase();
  const inView = tickets.filter((t) => view === "All" || t.status === view);
  const shown = inView.filter((t) => !query || `${t.id} ${t.subject} ${t.requester}`.toLowerCase().includes(query));
  const noun = (n) => `${n} ${n === 1 ? "ticket" : "tickets"}`;
  $("view-count").textContent = view === "All" ? `${noun(inView.length)} in total` : `${noun(inView.length)} ${view.toLowerCase()}`;
  $("ticket-rows").replaceChildren(...shown.map((t) => {
    const tr = document.createElement("tr");
    tr.innerHTML = `<td>#${t.id}</td><td></td><td>${t.requester}</td><td>${t.priority}</td>` +
      `<td><span class="badge badge--${t.status}">${t.status}</span></td>`;
    const open = document.createElement("button");
    open.type = "button";
    open.className = "btn--link";
    open.textContent = t.subject;
    open.addEventListener("click", () => openTicket(t));
    tr.children[1].append(open);
    return tr;
  }));
  $("no-tickets").hidden = shown.length > 0;
  $("no-tickets").textContent = query ? `No tickets match “${$("search").value.trim()}”.` : `No ${view.toLowerCase()} tickets.`;
}
tabs($("views"), false, (tab) => {
  view = tab.dataset.view;
  $("tickets").setAttribute("aria-labelledby", tab.id);
  renderList();
});
$("search").addEventListener("input", renderList);

// ---- breadcrumb and views ----------------------------------------------------------------------------------
function setCrumbs(ticket) {
  const items = [["Home", "/helpdesk/"], ["Support", "#support"], ["Tickets", "#tickets"]];
  if (ticket) items.push([`#${ticket.id}`, `#ticket-${ticket.id}`]);
  $("crumbs").replaceChildren(...items.map(([text, href], i) => {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    if (i === items.length - 1) a.setAttribute("aria-current", "page");
    if (i > 0 && i < 3) a.addEventListener("click", (event) => { event.preventDefault(); showList(); });
    if (i === 3) a.addEventListener("click", (event) => event.preventDefault());
    li.append(a);
    return li;
  }));
}
function showList() {
  current = null;
  $("ticket-view").hidden = true;
  $("list-view").hidden = false;
  setCrumbs(null);
  renderList();
  $("list-title").tabIndex = -1;
  $("list-title").focus();
}

// ---- one ticket --------------------------------------------------------------------------------------------
const selectDetailTab = tabs($("detail-tabs"), true, (tab) => {
  ["conversation", "details", "history"].forEach((name) => { $(`dpanel-${name}`).hidden = tab.id !== `dtab-${name}`; });
});
let disclosures = 0;
function disclosure(text, limit) {
  const p = document.createElement("p");
  if (text.length <= limit) { p.textContent = text; return p; }
  const cut = text.lastIndexOf(" ", limit);
  const rest = document.createElement("span");
  rest.id = `more-${++disclosures}`;
  rest.hidden = true;
  rest.textContent = text.slice(cut);
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "btn--link message__more";
  toggle.textContent = "Show more";
  toggle.setAttribute("aria-expanded", "false");
  toggle.setAttribute("aria-controls", rest.id);
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    rest.hidden = !open;
    toggle.textContent = open ? "Show less" : "Show more";
  });
  p.append(text.slice(0, cut), rest, " ", toggle);
  return p;
}
function renderTicket() {
  const t = current;
  $("ticket-title").textContent = `#${t.id} · ${t.subject}`;
  $("ticket-status").textContent = `Status: ${t.status} · Priority: ${t.priority} · Assignee: ${t.assignee}`;
  const actions = { Open: [["Mark as pending", "Pending"], ["Mark as solved", "Solved"]],
    Pending: [["Mark as open", "Open"], ["Mark as solved", "Solved"]], Solved: [["Reopen ticket", "Open"]] }[t.status];
  $("status-actions").replaceChildren(...actions.map(([label, status]) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = status === "Solved" ? "btn btn--primary" : "btn";
    b.textContent = label;
    b.addEventListener("click", () => changeStatus(status));
    return b;
  }));
  $("messages").replaceChildren(...t.messages.map((m) => {
    const div = document.createElement("article");
    div.className = "message";
    const who = document.createElement("div");
    who.className = "message__who";
    who.textContent = m.who;
    div.append(who, disclosure(m.text, 120));
    return div;
  }));
  $("details").innerHTML = "";
  [["Requester", t.requester], ["Email", t.email], ["Priority", t.priority], ["Created", t.created]].forEach(([k, v]) => {
    const dt = document.createElement("dt");
    dt.textContent = k;
    const dd = document.createElement("dd");
    dd.textContent = v;
    $("details").append(dt, dd);
  });
  $("assignee").value = t.assignee;
  $("history").replaceChildren(...t.history.map((h) => Object.assign(document.createElement("li"), { textContent: h })));
}
function openTicket(t) {
  current = t;
  $("list-view").hidden = true;
  $("ticket-view").hidden = false;
  $("reply").value = "";
  $("reply-error").textContent = "";
  setCrumbs(t);
  selectDetailTab($("dtab-conversation"));
  renderTicket();
  $("ticket-title").focus();
}
function changeStatus(status) {
  current.status = status;
  current.history.push(`Status changed to ${status}`);
  renderTicket();
  $("desk-status").textContent = `Ticket #${current.id} marked as ${status.toLowerCase()}.`;
  $("status-actions").firstChild.focus();
}
$("send-reply").addEventListener("click", () => {
  const text = $("reply").value.trim();
  if (!text) {
    $("reply-error").textContent = "Write a reply before sending.";
    $("reply").setAttribute("aria-invalid", "true");
    $("reply").focus();
    return;
  }
  current.messages.push({ who: "You", text });
  current.history.push("Reply sent to the customer");
  $("reply").value = "";
  $("reply-error").textContent = "";
  $("reply").removeAttribute("aria-invalid");
  if (current.status === "Open") { current.status = "Pending"; current.history.push("Status changed to Pending"); }
  renderTicket();
});
$("assignee").addEventListener("change", () => {
  current.assignee = $("assignee").value;
  current.history.push(current.assignee === "Unassigned" ? "Assignee removed" : `Assigned to ${current.assignee}`);
  renderTicket();
});
$("back").addEventListener("click", showList);

// ---- FAQ accordion and the announcement disclosure --------------------------------------------------------
const triggers = [...document.querySelectorAll(".accordion__trigger")];
triggers.forEach((trigger, i) => {
  trigger.addEventListener("click", () => {
    const open = trigger.getAttribute("aria-expanded") !== "true";
    trigger.setAttribute("aria-expanded", String(open));
    $(trigger.getAttribute("aria-controls")).hidden = !open;
  });
  trigger.addEventListener("keydown", (event) => {
    const target = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: triggers.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    triggers[(target + triggers.length) % triggers.length].focus();
  });
});
$("announcement-toggle").addEventListener("click", () => {
  const toggle = $("announcement-toggle");
  const open = toggle.getAttribute("aria-expanded") !== "true";
  toggle.setAttribute("aria-expanded", String(open));
  $("announcement-more").hidden = !open;
  toggle.textContent = open ? "Show less" : "Show more";
});

// ---- New ticket modal dialog -------------------------------------------------------------------------------
const dialog = $("new-dialog");
function openDialog() {
  $("new-form").reset();
  ["subject", "email", "description"].forEach((f) => setError(f, ""));
  $("dialog-backdrop").hidden = false;
  $("subject").focus();
}
function closeDialog() {
  $("dialog-backdrop").hidden = true;
  $("new-ticket").focus();
}
function setError(field, message) {
  $(`${field}-error`).textContent = message;
  if (message) $(field).setAttribute("aria-invalid", "true"); else $(field).removeAttribute("aria-invalid");
  return !message;
}
function checkField(field) {
  const value = $(field).value.trim();
  const message = {
    subject: !value ? "Enter a subject." : value.length < 5 ? "Subject must be at least 5 characters." : "",
    email: !value ? "Enter the requester's email." : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? "" : "Enter an email like name@example.com.",
    description: !value ? "Describe the problem." : value.length < 20 ? "Add a few more details (at least 20 characters)." : "",
  }[field];
  return setError(field, message);
}
["subject", "email", "description"].forEach((field) => {
  $(field).addEventListener("blur", () => { if ($(field).value.trim()) checkField(field); });
  $(field).addEventListener("input", () => { if ($(field).getAttribute("aria-invalid")) checkField(field); });
});
$("new-ticket").addEventListener("click", openDialog);
dialog.querySelectorAll("[data-close]").forEach((b) => b.addEventListener("click", closeDialog));
dialog.addEventListener("keydown", (event) => {
  if (event.key === "Escape") { event.preventDefault(); closeDialog(); return; }
  if (event.key !== "Tab") return;
  const stops = [...dialog.querySelectorAll("input, select, textarea, button")];
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
  else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
});
$("new-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const ok = ["subject", "email", "description"].map(checkField);
  if (ok.includes(false)) {
    dialog.querySelector('[aria-invalid="true"]').focus();
    return;
  }
  const email = $("email").value.trim();
  const ticket = {
    id: nextId++, subject: $("subject").value.trim(), requester: email.split("@")[0], email,
    priority: $("priority").value, status: "Open", assignee: "Unassigned", created: "2026-03-14",
    messages: [{ who: email.split("@")[0], text: $("description").value.trim() }], history: ["Ticket created by you"],
  };
  tickets.push(ticket);
  closeDialog();
  $("desk-status").textContent = `Ticket #${ticket.id} created.`;
  renderList();
});

setCrumbs(null);
renderList();
