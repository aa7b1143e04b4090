/* Pattern Lab widgets: dialog, tabs, accordion, combobox, menu button, shadow-DOM card, live updates, forms. */
(function () {
  "use strict";

  var COUNTRIES = ["Argentina", "Australia", "Austria", "Belgium", "Brazil", "Canada", "Chile", "Denmark", "Finland",
    "France", "Germany", "Greece", "Iceland", "India", "Ireland", "Italy", "Japan", "Mexico", "Netherlands",
    "New Zealand", "Norway", "Poland", "Portugal", "Spain", "Sweden", "Switzerland", "United Kingdom", "United States"];
  var NEWS_DELAY_MS = 1200;
  var REPORT_DELAY_MS = 1500;

  function byId(id) { return document.getElementById(id); }

  function setUpDialog() {
    var opener = byId("open-dialog");
    var backdrop = byId("dialog-backdrop");
    var dialog = byId("profile-dialog");
    var form = byId("profile-form");

    function focusables() {
      return Array.prototype.filter.call(dialog.querySelectorAll("button, input"), function (el) { return !el.disabled; });
    }
    function open() {
      backdrop.hidden = false;
      byId("display-name").focus();
    }
    function close() {
      backdrop.hidden = true;
      opener.focus();
    }
    opener.addEventListener("click", open);
    Array.prototype.forEach.call(dialog.querySelectorAll("[data-close-dialog]"), function (button) {
      button.addEventListener("click", close);
    });
    backdrop.addEventListener("click", function (event) { if (event.target === backdrop) close(); });
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); close(); }
      if (event.key !== "Tab") return;
      var items = focusables();
      var first = items[0];
      var last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
      if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var name = byId("display-name").value.trim();
      byId("dialog-result").textContent = name ? "Profile saved for " + name + "." : "Profile saved.";
      close();
    });
  }

  function setUpTabs() {
    var tabs = Array.prototype.slice.call(document.querySelectorAll("[role=tab]"));
    function select(tab) {
      tabs.forEach(function (other) {
        var selected = other === tab;
        other.setAttribute("aria-selected", String(selected));
        other.tabIndex = selected ? 0 : -1;
        byId(other.getAttribute("aria-controls")).hidden = !selected;
      });
      tab.focus();
    }
    tabs.forEach(function (tab, index) {
      tab.addEventListener("click", function () { select(tab); });
      tab.addEventListener("keydown", function (event) {
        var moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
        if (!(event.key in moves)) return;
        event.preventDefault();
        select(tabs[(moves[event.key] + tabs.length) % tabs.length]);
      });
    });
  }

  function setUpAccordion() {
    Array.prototype.forEach.call(document.querySelectorAll("button.accordion__trigger"), function (trigger) {
      trigger.addEventListener("click", function () {
        var expanded = trigger.getAttribute("aria-expanded") === "true";
        trigger.setAttribute("aria-expanded", String(!expanded));
        byId(trigger.getAttribute("aria-controls")).hidden = expanded;
      });
    });
  }

  // The legacy FAQ entry is wired with an inline onclick attribute.
  window.toggleLegacyFaq = function (trigger) {
    var panel = byId("faq-3");
    var open = panel.style.display !== "none";
    panel.style.display = open ? "none" : "block";
    trigger.classList.toggle("is-open", !open);
  };

  function setUpCombobox() {
    var input = byId("country-input");
    var listbox = byId("country-listbox");
    var result = byId("country-result");
    var active = -1;

    function options() { return Array.prototype.slice.call(listbox.querySelectorAll("[role=option]")); }
    function show(matches) {
      listbox.textContent = "";
      matches.forEach(function (name, index) {
        var option = document.createElement("li");
        option.setAttribute("role", "option");
        option.id = "country-option-" + index;
        option.setAttribute("aria-selected", "false");
        option.textContent = name;
        option.addEventListener("mousedown", function (event) { event.preventDefault(); choose(name); });
        listbox.appendChild(option);
      });
      listbox.hidden = matches.length === 0;
      input.setAttribute("aria-expanded", String(matches.length > 0));
      setActive(-1);
    }
    function setActive(index) {
      active = index;
      options().forEach(function (option, i) { option.setAttribute("aria-selected", String(i === index)); });
      if (index >= 0) input.setAttribute("aria-activedescendant", options()[index].id);
      else input.removeAttribute("aria-activedescendant");
    }
    function choose(name) {
      input.value = name;
      show([]);
      result.textContent = "Shipping to " + name + ".";
    }
    input.addEventListener("input", function () {
      var typed = input.value.trim().toLowerCase();
      show(typed ? COUNTRIES.filter(function (name) { return name.toLowerCase().indexOf(typed) === 0; }) : []);
    });
    input.addEventListener("keydown", function (event) {
      var count = options().length;
      if (event.key === "ArrowDown" && count) { event.preventDefault(); setActive((active + 1) % count); }
      else if (event.key === "ArrowUp" && count) { event.preventDefault(); setActive((active - 1 + count) % count); }
      else if (event.key === "Enter" && active >= 0) { event.preventDefault(); choose(options()[active].textContent); }
      else if (event.key === "Escape") { show([]); }
    });
    input.addEventListener("blur", function () { show([]); });
  }

  function setUpMenu() {
    var button = byId("actions-button");
    var menu = byId("actions-menu");
    var items = Array.prototype.slice.call(menu.querySelectorAll("[role=menuitem]"));

    function open(focusIndex) {
      menu.hidden = false;
      button.setAttribute("aria-expanded", "true");
      items[focusIndex].focus();
    }
    function close() {
      menu.hidden = true;
      button.setAttribute("aria-expanded", "false");
      button.focus();
    }
    function activate(item) {
      byId("menu-result").textContent = "Last action: " + item.textContent.trim();
      close();
    }
    button.addEventListener("click", function () { if (menu.hidden) open(0); else close(); });
    button.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { event.preventDefault(); open(0); }
      if (event.key === "ArrowUp") { event.preventDefault(); open(items.length - 1); }
    });
    items.forEach(function (item, index) {
      item.addEventListener("click", function () { activate(item); });
      item.addEventListener("keydown", function (event) {
        var next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }[event.key];
        if (next !== undefined) { event.preventDefault(); items[(next + items.length) % items.length].focus(); }
        else if (event.key === "Enter" || event.key === " ") { event.preventDefault(); activate(item); }
        else if (event.key === "Escape" || event.key === "Tab") { close(); }
      });
    });
    document.addEventListener("click", function (event) {
      if (!menu.hidden && !menu.contains(event.target) && !button.contains(event.target)) close();
    });
  }

  function setUpLiveUpdates() {
    setTimeout(function () {
      byId("news").innerHTML = "<h3>Latest news</h3><p>Version 2.4 is out: dark mode and faster search.</p>";
    }, NEWS_DELAY_MS);
    var button = byId("load-report");
    button.addEventListener("click", function () {
      var report = byId("report");
      var spinner = byId("report-spinner");
      report.hidden = true;
      spinner.hidden = false;
      button.disabled = true;
      setTimeout(function () {
        spinner.hidden = true;
        button.disabled = false;
        report.innerHTML = "<h3>Weekly report</h3><p>Report ready: 42 new sign-ups this week.</p>";
        report.hidden = false;
      }, REPORT_DELAY_MS);
    });
  }

  function setUpAddresses() {
    var form = byId("address-form");
    var accept = byId("accept-rules");
    accept.addEventListener("change", function () { byId("save-addresses").disabled = !accept.checked; });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var billing = form.elements["billing-email"].value.trim();
      var shipping = form.elements["shipping-email"].value.trim();
      byId("address-result").textContent = "Saved. Receipts go to " + (billing || "nobody") +
        "; delivery updates go to " + (shipping || "nobody") + " (" + form.elements.speed.value + ").";
    });
  }

  /* <greeting-card greeting="Hello">: a labelled input and a button inside an open shadow root. */
  class GreetingCard extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: "open" });
      root.innerHTML =
        "<style>:host{display:block;border:1px solid #d0d5dd;border-radius:10px;padding:1rem}" +
        "label{display:grid;gap:.3rem;font-weight:600}input{font:inherit;padding:.5rem;border:1px solid #c5cad3;" +
        "border-radius:6px}button{margin-top:.75rem;font:inherit;padding:.45rem 1rem;border-radius:999px;" +
        "border:1px solid #1d232b;background:#fff;cursor:pointer}output{display:block;margin-top:.6rem}</style>" +
        "<form part=\"form\"><label>Nickname <input name=\"nickname\" autocomplete=\"off\"></label>" +
        "<button type=\"submit\">Say hello</button><output role=\"status\"></output></form>";
      var greeting = this.getAttribute("greeting") || "Hi";
      root.querySelector("form").addEventListener("submit", function (event) {
        event.preventDefault();
        var nickname = root.querySelector("input").value.trim() || "stranger";
        root.querySelector("output").textContent = greeting + ", " + nickname + "!";
      });
    }
  }
  customElements.define("greeting-card", GreetingCard);

  document.addEventListener("DOMContentLoaded", function () {
    setUpDialog();
    setUpTabs();
    setUpAccordion();
    setUpCombobox();
    setUpMenu();
    setUpLiveUpdates();
    setUpAddresses();
  });
})();
