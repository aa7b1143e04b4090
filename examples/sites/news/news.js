/* Parts shared by every Daily Lantern page: newsletter signup, cookie notice, active section link. */
"use strict";

function escapeHtml(text) {
  var div = document.createElement("div");
  div.textContent = text;
  return div.innerHTML;
}

document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("newsletter");
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var email = form.elements.nl_email.value.trim();
    var msg = form.querySelector(".nl-msg");
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
      msg.className = "nl-msg bad";
      msg.textContent = "Please enter a valid email address.";
      return;
    }
    localStorage.setItem("lantern.newsletter", email);
    msg.className = "nl-msg";
    msg.textContent = "Thanks! The Morning Brief will arrive at " + email + ".";
    form.elements.nl_email.value = "";
  });

  var cookie = document.getElementById("cookie");
  if (!localStorage.getItem("lantern.cookies")) cookie.hidden = false;
  cookie.querySelectorAll("button").forEach(function (b) {
    b.addEventListener("click", function () {
      localStorage.setItem("lantern.cookies", b.dataset.choice);
      cookie.hidden = true;
    });
  });

  var section = new URLSearchParams(location.search).get("category") || "";
  document.querySelectorAll(".navrow a[data-cat]").forEach(function (a) {
    if (a.dataset.cat === section && location.pathname.indexOf("article") < 0) {
      a.classList.add("on");
      a.setAttribute("aria-current", "page");
    }
  });
});
