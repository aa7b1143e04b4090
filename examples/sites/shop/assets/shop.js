/* Northwind Outfitters storefront behaviour: account, cart (localStorage), product, cart and checkout pages. */
(function () {
  "use strict";

  var CART_KEY = "northwind.cart";
  var USER_KEY = "northwind.user";
  var COOKIE_KEY = "northwind.cookies";
  var TAX_RATE = 0.08;
  var FREE_SHIPPING_FROM = 75;
  var SHIPPING = 6.95;
  var ACCOUNTS = { bob: "hunter2" };

  function $(selector, root) { return (root || document).querySelector(selector); }
  function $all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function money(amount) { return "$" + amount.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }

  function readCart() {
    try { return JSON.parse(localStorage.getItem(CART_KEY)) || []; } catch (e) { return []; }
  }
  function writeCart(items) {
    localStorage.setItem(CART_KEY, JSON.stringify(items));
    renderCartCount();
  }
  function cartTotals(items) {
    var subtotal = items.reduce(function (sum, item) { return sum + item.price * item.quantity; }, 0);
    var shipping = subtotal === 0 || subtotal >= FREE_SHIPPING_FROM ? 0 : SHIPPING;
    var tax = Math.round(subtotal * TAX_RATE * 100) / 100;
    return { subtotal: subtotal, shipping: shipping, tax: tax, total: subtotal + shipping + tax };
  }
  function renderCartCount() {
    var count = readCart().reduce(function (sum, item) { return sum + item.quantity; }, 0);
    $all("[data-cart-count]").forEach(function (badge) {
      badge.textContent = String(count);
      badge.setAttribute("aria-label", count + (count === 1 ? " item" : " items") + " in cart");
    });
  }

  function currentUser() { return localStorage.getItem(USER_KEY); }
  function renderAccount() {
    var user = currentUser();
    $all("[data-account] [data-when]").forEach(function (node) {
      node.hidden = (node.getAttribute("data-when") === "user") !== Boolean(user);
    });
    $all("[data-username]").forEach(function (node) { node.textContent = user || ""; });
  }

  function setUpChrome() {
    var banner = $("#cookie-banner");
    if (banner && !localStorage.getItem(COOKIE_KEY)) {
      banner.hidden = false;
      $all("[data-cookie-choice]", banner).forEach(function (button) {
        button.addEventListener("click", function () {
          localStorage.setItem(COOKIE_KEY, button.getAttribute("data-cookie-choice"));
          banner.hidden = true;
        });
      });
    }
    var toggle = $(".nav-toggle");
    if (toggle) {
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", String(open));
        document.body.classList.toggle("nav-open", open);
      });
    }
    $all("[data-logout]").forEach(function (button) {
      button.addEventListener("click", function () {
        localStorage.removeItem(USER_KEY);
        renderAccount();
      });
    });
    var newsletter = $("[data-newsletter]");
    if (newsletter) {
      newsletter.addEventListener("submit", function (event) {
        event.preventDefault();
        var email = newsletter.elements["newsletter-email"].value.trim();
        $("[data-newsletter-message]", newsletter).textContent = isEmail(email)
          ? "Thanks! Check your inbox to confirm."
          : "That email address doesn't look right.";
      });
    }
    renderAccount();
    renderCartCount();
  }

  function isEmail(value) { return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value); }

  function setUpProduct() {
    var form = $("#add-to-cart");
    if (!form) return;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var error = $("#add-to-cart-error");
      var toast = $("#cart-toast");
      var options = {};
      var missing = null;
      $all("select", form).forEach(function (select) {
        var label = $("label[for='" + select.id + "']", form).textContent.trim();
        if (!select.value && !missing) missing = label.toLowerCase();
        options[label] = select.value;
        select.setAttribute("aria-invalid", String(!select.value));
      });
      var quantity = parseInt(form.elements.quantity.value, 10);
      if (missing) { error.textContent = "Please choose a " + missing + "."; toast.textContent = ""; return; }
      if (!(quantity >= 1 && quantity <= 10)) {
        error.textContent = "Quantity must be between 1 and 10.";
        toast.textContent = "";
        return;
      }
      error.textContent = "";
      var items = readCart();
      var key = form.dataset.slug + "|" + JSON.stringify(options);
      var line = items.filter(function (item) { return item.key === key; })[0];
      if (line) {
        line.quantity = Math.min(10, line.quantity + quantity);
      } else {
        items.push({ key: key, slug: form.dataset.slug, name: form.dataset.name,
                     price: parseFloat(form.dataset.price), options: options, quantity: quantity });
      }
      writeCart(items);
      toast.textContent = "Added " + quantity + " \u00d7 " + form.dataset.name + " to your cart.";
    });
  }

  function setUpCart() {
    var root = $("[data-cart]");
    if (!root) return;
    var rows = $("[data-cart-rows]", root);
    var template = $("#cart-row");

    function render() {
      var items = readCart();
      $("[data-cart-empty]", root).hidden = items.length > 0;
      $("[data-cart-filled]", root).hidden = items.length === 0;
      rows.textContent = "";
      items.forEach(function (item, index) {
        var row = template.content.firstElementChild.cloneNode(true);
        var link = $(".cart-row__name", row);
        link.textContent = item.name;
        link.href = "/shop/product/" + item.slug;
        $(".cart-row__options", row).textContent = Object.keys(item.options)
          .map(function (name) { return name + ": " + item.options[name]; }).join(", ");
        $(".cart-row__price", row).textContent = money(item.price);
        $(".cart-row__total", row).textContent = money(item.price * item.quantity);
        var quantity = $("input", row);
        quantity.value = item.quantity;
        quantity.setAttribute("aria-label", "Quantity for " + item.name);
        quantity.addEventListener("change", function () {
          var value = parseInt(quantity.value, 10);
          var updated = readCart();
          updated[index].quantity = Math.max(1, Math.min(10, value || 1));
          writeCart(updated);
          render();
        });
        $(".cart-row__remove", row).addEventListener("click", function () {
          var updated = readCart();
          updated.splice(index, 1);
          writeCart(updated);
          render();
        });
        rows.appendChild(row);
      });
      var totals = cartTotals(items);
      $("[data-cart-subtotal]", root).textContent = money(totals.subtotal);
      $("[data-cart-shipping]", root).textContent = totals.shipping ? money(totals.shipping) : "Free";
      $("[data-cart-tax]", root).textContent = money(totals.tax);
      $("[data-cart-total]", root).textContent = money(totals.total);
      var left = FREE_SHIPPING_FROM - totals.subtotal;
      $("[data-shipping-note]", root).textContent = left > 0
        ? "Spend " + money(left) + " more for free shipping." : "You've unlocked free shipping.";
    }
    render();
  }

  var CHECKOUT_RULES = {
    email: function (v) { return !v ? "Enter your email address" : isEmail(v) ? "" : "Enter a valid email address, like name@example.com"; },
    name: function (v) { return v ? "" : "Enter your full name"; },
    address: function (v) { return v ? "" : "Enter your street address"; },
    city: function (v) { return v ? "" : "Enter your city"; },
    postcode: function (v) { return v ? "" : "Enter your postcode"; },
    card: function (v) { return !v ? "Enter your card number" : isCardNumber(v) ? "" : "Enter a valid card number"; },
    expiry: function (v) { return isFutureExpiry(v) ? "" : "Enter the expiry date as MM/YY"; },
    cvc: function (v) { return /^\d{3,4}$/.test(v) ? "" : "Enter the 3 or 4 digit security code"; }
  };

  function isCardNumber(value) {
    var digits = value.replace(/[\s-]/g, "");
    if (!/^\d{13,19}$/.test(digits)) return false;
    var sum = 0;
    for (var i = 0; i < digits.length; i++) {
      var digit = parseInt(digits.charAt(digits.length - 1 - i), 10);
      if (i % 2 === 1) { digit *= 2; if (digit > 9) digit -= 9; }
      sum += digit;
    }
    return sum % 10 === 0;
  }

  function isFutureExpiry(value) {
    var match = /^(0[1-9]|1[0-2])\/(\d{2})$/.exec(value);
    if (!match) return false;
    var now = new Date();
    var year = 2000 + parseInt(match[2], 10);
    var month = parseInt(match[1], 10);
    return year > now.getFullYear() || (year === now.getFullYear() && month >= now.getMonth() + 1);
  }

  function setUpCheckout() {
    var form = $("[data-checkout-form]");
    if (!form) return;
    var items = readCart();
    var list = $("[data-checkout-items]");
    items.forEach(function (item) {
      var li = document.createElement("li");
      li.textContent = item.quantity + " \u00d7 " + item.name + " \u2014 " + money(item.price * item.quantity);
      list.appendChild(li);
    });
    if (!items.length) {
      var empty = document.createElement("li");
      empty.textContent = "Your cart is empty.";
      list.appendChild(empty);
    }
    $all("[data-cart-total]").forEach(function (node) { node.textContent = money(cartTotals(items).total); });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var problems = 0;
      var firstInvalid = null;
      Object.keys(CHECKOUT_RULES).forEach(function (name) {
        var input = form.elements[name];
        var message = CHECKOUT_RULES[name](input.value.trim());
        $("#" + input.getAttribute("aria-describedby")).textContent = message;
        input.setAttribute("aria-invalid", String(Boolean(message)));
        if (message) { problems += 1; firstInvalid = firstInvalid || input; }
      });
      var terms = $("[data-terms]", form);
      $("[data-terms-error]", form).textContent = terms.checked ? "" : "You must agree to the terms of sale";
      if (!terms.checked) { problems += 1; firstInvalid = firstInvalid || terms; }
      var summary = $("[data-checkout-summary]", form);
      if (!problems && !readCart().length) {
        summary.textContent = "Your cart is empty. Add something before placing an order.";
        summary.hidden = false;
        return;
      }
      summary.hidden = problems === 0;
      summary.textContent = problems === 1 ? "There is 1 problem with your order." : "There are " + problems + " problems with your order.";
      if (problems) { firstInvalid.focus(); return; }
      var number = "NW-" + String(Date.now()).slice(-6);
      $("[data-order-number]").textContent = number;
      $("[data-order-email]").textContent = form.elements.email.value.trim();
      $(".checkout").hidden = true;
      var confirmation = $("[data-confirmation]");
      confirmation.hidden = false;
      confirmation.focus();
      writeCart([]);
    });
  }

  function setUpLogin() {
    var form = $("[data-login-form]");
    if (!form) return;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var username = form.elements.username.value.trim();
      var error = $("[data-login-error]");
      if (ACCOUNTS[username] && ACCOUNTS[username] === form.elements.password.value) {
        localStorage.setItem(USER_KEY, username);
        var next = new URLSearchParams(location.search).get("next");
        location.assign(next && next.charAt(0) === "/" ? next : "/shop/");
        return;
      }
      error.textContent = username ? "Invalid username or password." : "Enter your username and password.";
      error.hidden = false;
      form.elements.password.value = "";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpChrome();
    setUpProduct();
    setUpCart();
    setUpCheckout();
    setUpLogin();
  });
})();
