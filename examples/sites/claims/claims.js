/* Harbour Mutual: one table of field rules drives the inline errors (on blur, while fixing, on submit),
   the error summary and the success panel. "Today" is fixed at 2026-03-14. */
(function () {
  "use strict";

  var TODAY = "2026-03-14";
  var OLDEST = "2025-03-14";
  var MAX_DESCRIPTION = 200;
  var MAX_AMOUNT = 25000;
  var nextClaim = 42;

  var form = document.getElementById("claim-form");
  var summary = document.getElementById("error-summary");
  var summaryList = document.getElementById("summary-list");
  var formView = document.getElementById("form-view");
  var doneView = document.getElementById("done-view");
  var counter = document.getElementById("description-count");
  var formStatus = document.getElementById("form-status");
  var baseTitle = document.title;

  function el(id) { return document.getElementById(id); }

  /* "1250.5" -> "1,250.50" */
  function money(value) {
    var fixed = value.toFixed(2);
    var whole = fixed.slice(0, -3).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return whole + fixed.slice(-3);
  }

  function parseAmount(text) {
    var plain = text.replace(/[£,\s]/g, "");
    return /^\d+(\.\d{1,2})?$/.test(plain) ? Number(plain) : NaN;
  }

  function longDate(iso) {
    var months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"];
    var parts = iso.split("-");
    return Number(parts[2]) + " " + months[Number(parts[1]) - 1] + " " + parts[0];
  }

  /* Each rule: how to read the field, what is wrong with it ("" when nothing), where its summary link goes. */
  var RULES = {
    policy: {
      read: function () { return el("policy").value.trim().toUpperCase(); },
      check: function (v) {
        if (!v) return "Enter your policy number.";
        return /^[A-Z]{2}-\d{6}$/.test(v) ? "" : "Policy numbers look like AB-123456.";
      },
      tidy: function (v) { el("policy").value = v; }
    },
    email: {
      read: function () { return el("email").value.trim(); },
      check: function (v) {
        if (!v) return "Enter your email address.";
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? "" : "Enter an email address like name@example.com.";
      }
    },
    date: {
      read: function () { return el("date").value; },
      check: function (v) {
        if (!v) return "Enter the date of the incident.";
        if (v > TODAY) return "The date of the incident can't be after today (14 March 2026).";
        if (v < OLDEST) return "We can only take claims for incidents in the last year.";
        return "";
      }
    },
    type: {
      read: function () { var chosen = form.querySelector("input[name=type]:checked"); return chosen ? chosen.value : ""; },
      check: function (v) { return v ? "" : "Choose the type of claim."; },
      target: "type-first"
    },
    description: {
      read: function () { return el("description").value; },
      check: function (v) {
        var text = v.trim();
        if (!text) return "Describe what happened.";
        if (text.length < 20) return "Tell us a bit more: at least 20 characters.";
        return v.length > MAX_DESCRIPTION ? "Keep the description to 200 characters or fewer." : "";
      }
    },
    amount: {
      read: function () { return el("amount").value.trim(); },
      check: function (v) {
        if (!v) return "Enter the amount you're claiming.";
        var amount = parseAmount(v);
        if (isNaN(amount)) return "Enter an amount in pounds, like 1,250.00.";
        if (amount < 1) return "The amount must be at least £1.00.";
        return amount > MAX_AMOUNT ? "The most you can claim online is £25,000.00." : "";
      },
      tidy: function (v) { el("amount").value = money(parseAmount(v)); }
    },
    file: {
      read: function () { return el("file").value.trim(); },
      check: function (v) {
        return !v || /\.(pdf|jpe?g|png)$/i.test(v) ? "" : "File names must end in .pdf, .jpg or .png.";
      }
    },
    confirm: {
      read: function () { return el("confirm").checked; },
      check: function (v) { return v ? "" : "Confirm the declaration to submit your claim."; }
    }
  };
  var ORDER = Object.keys(RULES);

  function showError(name, message) {
    el(name + "-error").textContent = message;
    form.querySelector('[data-field="' + name + '"]').classList.toggle("field--error", !!message);
    var inputs = name === "type" ? [form.querySelector('[data-field="type"]')] : [el(name)];
    inputs.forEach(function (input) {
      if (message) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
    });
  }

  function hasError(name) { return !!el(name + "-error").textContent; }

  /* Check one field, show (or clear) its error, tidy its value when it is valid; return the message. */
  function validate(name) {
    var rule = RULES[name];
    var value = rule.read();
    var message = rule.check(value);
    showError(name, message);
    if (!message && rule.tidy) rule.tidy(value);
    return message;
  }

  function updateCounter() {
    var left = MAX_DESCRIPTION - el("description").value.length;
    var word = Math.abs(left) === 1 ? " character" : " characters";
    counter.textContent = left >= 0 ? left + word + " left" : -left + word + " too many";
    counter.classList.toggle("counter--over", left < 0);
  }

  function showSummary(errors) {
    summaryList.replaceChildren.apply(summaryList, errors.map(function (error) {
      var link = document.createElement("a");
      var target = RULES[error.name].target || error.name;
      link.href = "#" + target;
      link.textContent = error.message;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        el(target).focus();
        el(target).scrollIntoView({ block: "center" });
      });
      var item = document.createElement("li");
      item.append(link);
      return item;
    }));
    summary.hidden = false;
    document.title = "Error: " + baseTitle;
    summary.focus();
  }

  function clearAll() {
    form.reset();
    ORDER.forEach(function (name) { showError(name, ""); });
    summary.hidden = true;
    summaryList.textContent = "";
    document.title = baseTitle;
    updateCounter();
  }

  function showDone() {
    var reference = "CL-" + String(nextClaim++).padStart(4, "0");
    el("done-title").textContent = "Claim " + reference + " submitted";
    el("done-ref").textContent = reference;
    el("done-email").textContent = RULES.email.read();
    var rows = [
      ["Policy number", RULES.policy.read()],
      ["Date of incident", longDate(RULES.date.read())],
      ["Claim type", RULES.type.read()],
      ["Amount claimed", "£" + el("amount").value],
      ["Evidence", RULES.file.read() || "None given"]
    ];
    el("recap").replaceChildren.apply(el("recap"), rows.reduce(function (nodes, row) {
      var dt = document.createElement("dt");
      var dd = document.createElement("dd");
      dt.textContent = row[0];
      dd.textContent = row[1];
      return nodes.concat([dt, dd]);
    }, []));
    formView.hidden = true;
    doneView.hidden = false;
    document.title = "Claim submitted · Harbour Mutual";
    doneView.focus();
  }

  form.addEventListener("focusout", function (event) {
    var name = event.target.name;
    if (!RULES[name] || name === "type" || name === "confirm") return;
    if (event.target.value.trim() || hasError(name)) validate(name);
  });

  form.addEventListener("input", function (event) {
    var name = event.target.name;
    if (name === "description") updateCounter();
    if (RULES[name] && name !== "type" && name !== "confirm" && hasError(name)) {
      showError(name, RULES[name].check(RULES[name].read()));
    }
  });

  form.addEventListener("change", function (event) {
    var name = event.target.name;
    if ((name === "type" || name === "confirm") && hasError(name)) validate(name);
    // A date input keeps focus while Tab walks its day, month and year parts: check a complete date at once.
    if (name === "date" && event.target.value) validate(name);
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    formStatus.textContent = "";
    var errors = ORDER.map(function (name) { return { name: name, message: validate(name) }; })
      .filter(function (error) { return error.message; });
    if (errors.length) showSummary(errors);
    else showDone();
  });

  el("clear").addEventListener("click", function () {
    clearAll();
    formStatus.textContent = "The form has been cleared.";
    el("policy").focus();
  });

  el("another").addEventListener("click", function () {
    clearAll();
    formStatus.textContent = "";
    doneView.hidden = true;
    formView.hidden = false;
    el("policy").focus();
  });

  updateCounter();
})();
