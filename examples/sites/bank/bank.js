/* Harbor Trust online banking: all state lives in sessionStorage, amounts are integer cents. */
"use strict";

var BANK_KEY = "harbor.bank.v1";
var SESSION_KEY = "harbor.session";

var OPENING_STATE = {
  accounts: [
    { id: "chk", name: "Checking", number: "4821", balance: 245000 },
    { id: "sav", name: "Savings", number: "7730", balance: 1012055 },
    { id: "cc", name: "Credit Card", number: "0092", balance: -31240 }
  ],
  transactions: [
    { ref: "TX-1001", date: "2024-03-01", description: "Payroll deposit - Northwind Ltd", account: "chk", amount: 312500 },
    { ref: "TX-1002", date: "2024-03-02", description: "Rent - Elm Street Apartments", account: "chk", amount: -145000 },
    { ref: "TX-1003", date: "2024-03-04", description: "Grocer's Corner", account: "cc", amount: -8734 },
    { ref: "TX-1004", date: "2024-03-05", description: "Interest payment", account: "sav", amount: 1255 }
  ],
  nextRef: 1005
};

/* New transfers are dated with the statement day so pages stay the same on every run. */
var STATEMENT_DAY = "2024-03-15";
/* A transfer takes this long to "process", as it would against a real core-banking system. */
var PROCESSING_MS = 600;

function loadBank() {
  var raw = sessionStorage.getItem(BANK_KEY);
  return raw ? JSON.parse(raw) : JSON.parse(JSON.stringify(OPENING_STATE));
}

function saveBank(bank) {
  sessionStorage.setItem(BANK_KEY, JSON.stringify(bank));
}

function formatMoney(cents) {
  var sign = cents < 0 ? "-" : "";
  var abs = Math.abs(cents);
  var dollars = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  var rest = (abs % 100).toString().padStart(2, "0");
  return sign + "$" + dollars + "." + rest;
}

function findAccount(bank, id) {
  return bank.accounts.find(function (a) { return a.id === id; });
}

function requireLogin() {
  if (!sessionStorage.getItem(SESSION_KEY)) {
    location.replace("index.html?next=" + encodeURIComponent(location.pathname.split("/").pop()));
    return false;
  }
  var who = document.getElementById("who");
  if (who) who.textContent = "Signed in as " + sessionStorage.getItem(SESSION_KEY);
  var out = document.getElementById("logout");
  if (out) out.addEventListener("click", function () {
    sessionStorage.removeItem(SESSION_KEY);
    sessionStorage.removeItem(BANK_KEY);
    location.href = "index.html?signedout=1";
  });
  var notice = document.querySelector(".notice button");
  if (notice) notice.addEventListener("click", function () { notice.parentElement.hidden = true; });
  return true;
}

/* Parses "1,234.56" into cents; returns null when the text is not a money amount. */
function parseAmount(text) {
  var cleaned = text.trim().replace(/^\$/, "").replace(/,/g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  var parts = cleaned.split(".");
  return parseInt(parts[0], 10) * 100 + (parts[1] ? parseInt(parts[1].padEnd(2, "0"), 10) : 0);
}
