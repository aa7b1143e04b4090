// Skyhop flight search: airport and airline comboboxes, trip type radios, passengers spin button,
// flexible-dates switch, a date picker dialog, validation and a deterministic list of fares.
"use strict";

const TODAY = new Date(2026, 2, 14);
const LAST_DAY = new Date(2026, 11, 31);
const AIRPORTS = [
  ["Amsterdam", "AMS", "Netherlands"], ["Athens", "ATH", "Greece"], ["Barcelona", "BCN", "Spain"],
  ["Berlin", "BER", "Germany"], ["Dublin", "DUB", "Ireland"], ["Lisbon", "LIS", "Portugal"],
  ["London Heathrow", "LHR", "United Kingdom"], ["Madrid", "MAD", "Spain"], ["Milan", "MXP", "Italy"],
  ["Oslo", "OSL", "Norway"], ["Paris", "CDG", "France"], ["Prague", "PRG", "Czechia"],
  ["Rome", "FCO", "Italy"], ["Vienna", "VIE", "Austria"],
].map(([city, code, country]) => ({ label: `${city} (${code})`, city, code, hint: country }));
const AIRLINES = [
  ["Aurora Airways", "AU"], ["Bluewing", "BW"], ["Coastal Air", "CA"], ["Meridian", "MD"],
  ["Northjet", "NJ"], ["Pinecrest Air", "PC"],
].map(([name, code]) => ({ label: name, code, hint: code }));
const PROMOS = { SPRING26: 10, WEEKEND15: 15 };
const CABIN_FACTOR = { "Economy": 1, "Premium economy": 1.6, "Business": 3, "First": 5 };
const $ = (id) => document.getElementById(id);

// ---- combobox with a listbox popup (list autocomplete, optionally inline completion) --------------------
function combobox(input, list, items, inline) {
  let shown = [];
  let active = -1;
  const options = () => [...list.querySelectorAll('[role="option"]')];

  function render() {
    const typed = input.value.trim().toLowerCase();
    const selEnd = input.selectionStart === input.value.length ? input.value.length : input.selectionStart;
    const prefix = inline ? input.value.slice(0, selEnd).trim().toLowerCase() : typed;
    const words = (item) => `${item.label} ${item.hint}`.toLowerCase().split(/[\s()]+/);
    shown = items.filter((item) => !prefix || item.label.toLowerCase().startsWith(prefix) ||
      words(item).some((word) => word.startsWith(prefix)));
    list.replaceChildren(...shown.map((item, i) => {
      const li = document.createElement("li");
      li.role = "option";
      li.id = `${list.id}-${i}`;
      li.setAttribute("aria-selected", String(item.label.toLowerCase() === typed));
      li.append(item.label);
      const small = document.createElement("small");
      small.textContent = item.hint;
      li.append(small);
      li.addEventListener("mousedown", (event) => event.preventDefault());
      li.addEventListener("click", () => pick(i));
      return li;
    }));
    if (!shown.length) {
      const empty = document.createElement("li");
      empty.className = "listbox__empty";
      empty.textContent = "No matches";
      list.append(empty);
    }
  }
  function open() {
    render();
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }
  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }
  function activate(i) {
    const all = options();
    all.forEach((li) => li.classList.remove("active"));
    active = i;
    if (i < 0 || !all[i]) { input.removeAttribute("aria-activedescendant"); return; }
    all[i].classList.add("active");
    all[i].scrollIntoView({ block: "nearest" });
    input.setAttribute("aria-activedescendant", all[i].id);
  }
  function pick(i) {
    input.value = shown[i].label;
    close();
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  input.addEventListener("input", (event) => {
    open();
    if (inline && event.inputType && event.inputType.startsWith("insert")) {
      const typed = input.value;
      const first = shown.find((item) => item.label.toLowerCase().startsWith(typed.toLowerCase()));
      if (typed && first) {
        input.value = typed + first.label.slice(typed.length);
        input.setSelectionRange(typed.length, input.value.length);
        activate(shown.indexOf(first));
      }
    }
  });
  input.addEventListener("click", () => (list.hidden ? open() : close()));
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    const count = shown.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden) { open(); if (event.altKey) return; }
      if (!shown.length) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      const from = active < 0 ? (step > 0 ? -1 : 0) : active;
      activate((from + step + count) % count);
      if (inline) input.value = shown[active].label;
    } else if (event.key === "Enter") {
      if (!list.hidden) {
        event.preventDefault();
        if (active >= 0) pick(active); else close();
      }
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (!list.hidden) close(); else input.value = "";
    } else if (event.key === "Tab" && inline && active >= 0 && !list.hidden) {
      pick(active);
    }
  });
}

// ---- trip type radio group (roving tabindex, arrows check) -------------------------------------------------
const radios = [...document.querySelectorAll('#trip-type [role="radio"]')];
function checkRadio(radio, focus) {
  radios.forEach((r) => {
    r.setAttribute("aria-checked", String(r === radio));
    r.tabIndex = r === radio ? 0 : -1;
  });
  if (focus) radio.focus();
  const trip = radio.dataset.trip;
  $("return-field").hidden = trip === "oneway";
  $("multi-note").hidden = trip !== "multi";
}
radios.forEach((radio, i) => {
  radio.addEventListener("click", () => checkRadio(radio, true));
  radio.addEventListener("keydown", (event) => {
    const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in moves) {
      event.preventDefault();
      checkRadio(radios[(i + moves[event.key] + radios.length) % radios.length], true);
    } else if (event.key === " ") {
      event.preventDefault();
      checkRadio(radio, true);
    }
  });
});
const tripType = () => radios.find((r) => r.getAttribute("aria-checked") === "true").dataset.trip;

// ---- passengers spin button --------------------------------------------------------------------------------
const pax = $("passengers");
function setPassengers(n) {
  const value = Math.min(9, Math.max(1, n));
  pax.value = String(value);
  pax.setAttribute("aria-valuenow", String(value));
  pax.setAttribute("aria-valuetext", value === 1 ? "1 passenger" : `${value} passengers`);
  $("pax-down").disabled = value === 1;
  $("pax-up").disabled = value === 9;
}
const passengers = () => Number(pax.getAttribute("aria-valuenow"));
pax.addEventListener("keydown", (event) => {
  const steps = { ArrowUp: 1, ArrowDown: -1, PageUp: 3, PageDown: -3 };
  if (event.key in steps) setPassengers(passengers() + steps[event.key]);
  else if (event.key === "Home") setPassengers(1);
  else if (event.key === "End") setPassengers(9);
  else return;
  event.preventDefault();
});
pax.addEventListener("input", () => {
  const n = Number(pax.value);
  if (/^\d$/.test(pax.value) && n >= 1) setPassengers(n);
});
pax.addEventListener("change", () => setPassengers(/^\d+$/.test(pax.value) ? Number(pax.value) : passengers()));
$("pax-up").addEventListener("click", () => setPassengers(passengers() + 1));
$("pax-down").addEventListener("click", () => setPassengers(passengers() - 1));
setPassengers(1);

// ---- flexible dates switch -----------------------------------------------------------------------------------
const flexible = $("flexible");
flexible.addEventListener("click", () => {
  const on = flexible.getAttribute("aria-checked") !== "true";
  flexible.setAttribute("aria-checked", String(on));
  $("flex-state").textContent = on ? "On" : "Off";
});

// ---- dates -------------------------------------------------------------------------------------------------
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
function parseDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return iso(d) === text.trim() ? d : null;
}
const addDays = (d, n) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
const addMonths = (d, n) => {
  const last = new Date(d.getFullYear(), d.getMonth() + n + 1, 0).getDate();
  return new Date(d.getFullYear(), d.getMonth() + n, Math.min(d.getDate(), last));
};
const clampDate = (d, min) => (d < min ? min : d > LAST_DAY ? LAST_DAY : d);

// ---- date picker dialog ------------------------------------------------------------------------------------
const picker = { field: null, opener: null, min: TODAY, focus: TODAY };
function renderCalendar() {
  const { focus, min } = picker;
  const chosen = parseDate(picker.field.value);
  $("cal-month").textContent = `${MONTHS[focus.getMonth()]} ${focus.getFullYear()}`;
  const first = new Date(focus.getFullYear(), focus.getMonth(), 1);
  const lead = (first.getDay() + 6) % 7;
  const days = new Date(focus.getFullYear(), focus.getMonth() + 1, 0).getDate();
  const rows = [];
  let row = null;
  for (let cell = 0; cell < lead + days; cell++) {
    if (cell % 7 === 0) { row = document.createElement("tr"); rows.push(row); }
    const td = document.createElement("td");
    if (cell >= lead) {
      const date = new Date(focus.getFullYear(), focus.getMonth(), cell - lead + 1);
      td.role = "gridcell";
      td.textContent = String(date.getDate());
      td.dataset.date = iso(date);
      td.tabIndex = iso(date) === iso(focus) ? 0 : -1;
      td.setAttribute("aria-selected", String(!!chosen && iso(chosen) === iso(date)));
      if (date < min || date > LAST_DAY) td.setAttribute("aria-disabled", "true");
      if (iso(date) === iso(TODAY)) { td.classList.add("today"); td.setAttribute("aria-current", "date"); }
    }
    row.append(td);
  }
  while (row.children.length < 7) row.append(document.createElement("td"));
  $("cal-body").replaceChildren(...rows);
  $("cal-prev").disabled = new Date(focus.getFullYear(), focus.getMonth(), 0) < min;
  $("cal-next").disabled = new Date(focus.getFullYear(), focus.getMonth() + 1, 1) > LAST_DAY;
}
function focusDay(date) {
  picker.focus = clampDate(date, picker.min);
  renderCalendar();
  document.querySelector(`#cal-body td[data-date="${iso(picker.focus)}"]`).focus();
}
function openPicker(opener) {
  picker.opener = opener;
  picker.field = $(opener.dataset.dateFor);
  const isReturn = picker.field.id === "return";
  const depart = parseDate($("depart").value);
  picker.min = isReturn && depart && depart > TODAY ? depart : TODAY;
  $("cal-title").textContent = isReturn ? "Choose return date" : "Choose depart date";
  $("cal-backdrop").hidden = false;
  focusDay(parseDate(picker.field.value) || picker.min);
}
function closePicker() {
  $("cal-backdrop").hidden = true;
  picker.opener.focus();
}
function chooseDay(td) {
  if (!td || !td.dataset.date || td.getAttribute("aria-disabled") === "true") return;
  picker.field.value = td.dataset.date;
  picker.field.dispatchEvent(new Event("change", { bubbles: true }));
  closePicker();
}
document.querySelectorAll("[data-date-for]").forEach((btn) => btn.addEventListener("click", () => openPicker(btn)));
$("cal-cancel").addEventListener("click", closePicker);
$("cal-prev").addEventListener("click", () => { picker.focus = clampDate(addMonths(picker.focus, -1), picker.min); renderCalendar(); });
$("cal-next").addEventListener("click", () => { picker.focus = clampDate(addMonths(picker.focus, 1), picker.min); renderCalendar(); });
$("cal-body").addEventListener("mousedown", (event) => {
  if (event.target.closest('td[aria-disabled="true"], td:empty')) event.preventDefault();
});
$("cal-body").addEventListener("click", (event) => chooseDay(event.target.closest("td")));
$("cal-body").addEventListener("keydown", (event) => {
  const f = picker.focus;
  const weekday = (f.getDay() + 6) % 7;
  const moves = {
    ArrowLeft: () => addDays(f, -1), ArrowRight: () => addDays(f, 1),
    ArrowUp: () => addDays(f, -7), ArrowDown: () => addDays(f, 7),
    Home: () => addDays(f, -weekday), End: () => addDays(f, 6 - weekday),
    PageUp: () => addMonths(f, event.shiftKey ? -12 : -1), PageDown: () => addMonths(f, event.shiftKey ? 12 : 1),
  };
  if (event.key in moves) {
    event.preventDefault();
    focusDay(moves[event.key]());
  } else if (event.key === "Enter" || event.key === " ") {
    event.preventDefault();
    chooseDay(event.target.closest("td"));
  }
});
$("calendar").addEventListener("keydown", (event) => {
  if (event.key === "Escape") { event.preventDefault(); closePicker(); return; }
  if (event.key !== "Tab") return;
  const stops = [$("cal-prev"), $("cal-next"), document.querySelector('#cal-body td[tabindex="0"]'), $("cal-cancel")]
    .filter((el) => el && !el.disabled);
  const current = $("cal-body").contains(document.activeElement) ? stops[stops.length - 2] : document.activeElement;
  const at = stops.indexOf(current);
  event.preventDefault();
  stops[(at + (event.shiftKey ? -1 : 1) + stops.length) % stops.length].focus();
});

// ---- search ------------------------------------------------------------------------------------------------
combobox($("from"), $("from-list"), AIRPORTS, false);
combobox($("to"), $("to-list"), AIRPORTS, false);
combobox($("airline"), $("airline-list"), AIRLINES, true);

const airportOf = (text) => AIRPORTS.find((a) => [a.label, a.code, a.city].some((n) => n.toLowerCase() === text.trim().toLowerCase()));
const airlineOf = (text) => AIRLINES.find((a) => a.label.toLowerCase() === text.trim().toLowerCase());

function setError(field, message) {
  $(`${field}-error`).textContent = message;
  $(field).setAttribute("aria-invalid", String(!!message));
  return !message;
}
["from", "to", "depart", "return"].forEach((id) => $(id).addEventListener("change", () => setError(id, "")));

function dateProblem(text, what, min) {
  if (!text.trim()) return `Choose a ${what} date.`;
  const d = parseDate(text);
  if (!d) return "Enter the date as YYYY-MM-DD.";
  if (d < TODAY) return `The ${what} date can't be in the past.`;
  if (d > LAST_DAY) return "Flights are on sale until 2026-12-31.";
  if (min && d < min) return "The return date must be on or after the depart date.";
  return "";
}

function validate() {
  const from = airportOf($("from").value);
  const to = airportOf($("to").value);
  const ok = [
    setError("from", !$("from").value.trim() ? "Choose a departure airport." : from ? "" : "Choose a departure airport from the list."),
    setError("to", !$("to").value.trim() ? "Choose a destination." : !to ? "Choose a destination from the list."
      : from === to ? "Choose a destination different from the departure airport." : ""),
    setError("depart", dateProblem($("depart").value, "depart")),
    setError("return", tripType() === "round" ? dateProblem($("return").value, "return", parseDate($("depart").value)) : ""),
  ];
  const promo = $("promo").value.trim().toUpperCase();
  const promoOk = !promo || promo in PROMOS;
  $("promo-msg").textContent = !promo ? "Codes are case-insensitive."
    : promoOk ? `${promo} applied: ${PROMOS[promo]}% off every fare.` : "This promo code isn't valid.";
  $("promo-msg").className = promoOk ? "hint" : "error";
  $("promo").setAttribute("aria-invalid", String(!promoOk));
  ok.push(promoOk);
  return ok.filter((x) => !x).length;
}

function flightsFor(from, to) {
  const seed = [...(from.code + to.code)].reduce((sum, ch, i) => sum + ch.charCodeAt(0) * (i + 1), 0);
  return [0, 1, 2, 3, 4].map((i) => {
    const airline = AIRLINES[(seed + i * 2) % AIRLINES.length];
    const start = (6 * 60) + ((seed * 7 + i * 197) % (15 * 60));
    const minutes = 95 + (seed % 5) * 20 + i * 15 + (i === 3 ? 80 : 0);
    return {
      airline, number: `${airline.code} ${100 + ((seed * (i + 3)) % 900)}`, start, minutes,
      stops: i === 3 ? "1 stop" : "Nonstop", base: 79 + ((seed * 13 + i * 37) % 180),
    };
  });
}
const clock = (m) => `${String(Math.floor(m / 60) % 24).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
const duration = (m) => `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, "0")}m`;

let lastSearch = null;
function price(flight) {
  const promo = PROMOS[$("promo").value.trim().toUpperCase()] || 0;
  const flex = lastSearch.flexible ? 0.92 : 1;
  return Math.round(flight.base * CABIN_FACTOR[lastSearch.cabin] * flex * (100 - promo) / 100);
}

function showResults() {
  const { from, to, depart, ret, airline } = lastSearch;
  const order = { price: (a, b) => price(a) - price(b), depart: (a, b) => a.start - b.start,
    duration: (a, b) => a.minutes - b.minutes }[$("sort").value];
  const all = flightsFor(from, to);
  const flights = all.filter((f) => !airline || f.airline === airline).sort(order);
  const when = `on ${depart}${lastSearch.flexible ? " ±3 days" : ""}${ret ? `, returning ${ret}` : ""}`;
  $("results-status").textContent = flights.length
    ? `${flights.length} ${flights.length === 1 ? "flight" : "flights"} from ${from.city} to ${to.city} ${when}`
    : `No ${airline.label} flights from ${from.city} to ${to.city}. Clear the airline to see all ${all.length} flights.`;
  $("results").replaceChildren(...flights.map((f) => {
    const li = document.createElement("li");
    li.className = "flight";
    const name = `${f.airline.label} ${f.number}`;
    li.setAttribute("aria-label", name);
    li.innerHTML = `<div><strong>${name}</strong><div class="muted">${f.stops}</div></div>
      <div>${clock(f.start)} – ${clock(f.start + f.minutes)}<div class="muted flight__duration">${duration(f.minutes)}</div></div>
      <div class="flight__price">$${price(f)}<div class="muted" style="font-size:.8rem;font-weight:400">per passenger</div></div>`;
    const select = document.createElement("button");
    select.type = "button";
    select.className = "btn";
    select.textContent = "Select";
    select.addEventListener("click", () => chooseFlight(f, li));
    li.append(select);
    return li;
  }));
}

function chooseFlight(flight, li) {
  document.querySelectorAll(".flight").forEach((el) => el.removeAttribute("aria-current"));
  li.setAttribute("aria-current", "true");
  const n = lastSearch.passengers;
  const who = n === 1 ? "1 passenger" : `${n} passengers`;
  $("trip-text").textContent = `${flight.airline.label} ${flight.number}, ${lastSearch.from.city} to ${lastSearch.to.city} on ` +
    `${lastSearch.depart} at ${clock(flight.start)}. ${who}, ${lastSearch.cabin}: $${price(flight) * n} total.`;
  $("trip-status").textContent = "";
  $("trip").hidden = false;
  $("continue").focus();
}

$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  $("trip").hidden = true;
  if (tripType() === "multi") {
    $("form-alert").textContent = "Multi-city trips can't be booked online. Call 0800 555 0199.";
    return;
  }
  const problems = validate();
  if (problems) {
    $("form-alert").textContent = `We couldn't search yet: fix ${problems} ${problems === 1 ? "field" : "fields"} below.`;
    $("results").replaceChildren();
    $("results-status").textContent = "Search to see flights.";
    document.querySelector('#search-form [aria-invalid="true"]').focus();
    return;
  }
  $("form-alert").textContent = "";
  lastSearch = {
    from: airportOf($("from").value), to: airportOf($("to").value), depart: $("depart").value.trim(),
    ret: tripType() === "round" ? $("return").value.trim() : "", airline: airlineOf($("airline").value),
    passengers: passengers(), cabin: $("cabin").value, flexible: flexible.getAttribute("aria-checked") === "true",
  };
  showResults();
});
$("sort").addEventListener("change", () => lastSearch && showResults());
$("swap").addEventListener("click", () => {
  [$("from").value, $("to").value] = [$("to").value, $("from").value];
});
$("continue").addEventListener("click", () => {
  $("trip-status").textContent = "Fare held for 20 minutes. Passenger details come next.";
});
$("change").addEventListener("click", () => {
  $("trip").hidden = true;
  document.querySelectorAll(".flight").forEach((el) => el.removeAttribute("aria-current"));
  $("results-title").tabIndex = -1;
  $("results-title").focus();
});
$("clear").addEventListener("click", () => {
  $("search-form").reset();
  ["from", "to", "depart", "return"].forEach((id) => setError(id, ""));
  $("promo-msg").textContent = "Codes are case-insensitive.";
  $("promo-msg").className = "hint";
  $("promo").removeAttribute("aria-invalid");
  $("form-alert").textContent = "";
  $("results").replaceChildren();
  $("results-status").textContent = "Search to see flights.";
  $("trip").hidden = true;
  lastSearch = null;
  setPassengers(1);
  checkRadio(radios[0], false);
  flexible.setAttribute("aria-checked", "false");
  $("flex-state").textContent = "Off";
});
