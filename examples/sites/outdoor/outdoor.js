// Ridgeline store front: promotions carousel (rotation off until started), price range slider with two
// thumbs, sale switch, product cards with Add to cart, stock alerts, toasts and a cart summary.
"use strict";

const $ = (id) => document.getElementById(id);
const PRODUCTS = [
  ["Trail Runner 2", "Footwear", 129, null, 5], ["Ridge Hiking Boot", "Footwear", 189, 151, 8],
  ["Camp Slide Sandal", "Footwear", 39, null, 12], ["Daypack 22 L", "Packs", 79, 63, 10],
  ["Trekker 55 L Pack", "Packs", 229, null, 2], ["Hydration Vest", "Packs", 99, null, 0],
  ["Two-Person Tent", "Camping", 279, 223, 4], ["Ultralight Sleeping Bag", "Camping", 249, null, 6],
  ["Camp Stove Mini", "Camping", 45, null, 20], ["Rain Shell Jacket", "Clothing", 149, 119, 7],
  ["Summit Down Jacket", "Clothing", 299, null, 0], ["Merino Base Layer", "Clothing", 69, null, 15],
].map(([name, category, price, sale, stock], featured) => ({ name, category, price, sale, stock, featured }));
const priceOf = (p) => p.sale ?? p.price;
const cart = new Map();

// ---- toasts ------------------------------------------------------------------------------------------------
function toast(message) {
  const item = document.createElement("div");
  item.className = "toast";
  const text = document.createElement("span");
  text.textContent = message;
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "Dismiss";
  close.addEventListener("click", () => item.remove());
  item.append(text, close);
  $("toasts").append(item);
  setTimeout(() => item.remove(), 6000);
}

// ---- carousel ----------------------------------------------------------------------------------------------
const slides = [...document.querySelectorAll(".slide")];
const dots = [...document.querySelectorAll("#slide-tabs [role='tab']")];
let slide = 0;
let rotating = false;
let timer = null;
let paused = false;
function showSlide(i, focusTab) {
  slide = (i + slides.length) % slides.length;
  slides.forEach((s, k) => { s.hidden = k !== slide; });
  dots.forEach((d, k) => {
    d.setAttribute("aria-selected", String(k === slide));
    d.tabIndex = k === slide ? 0 : -1;
  });
  if (focusTab) dots[slide].focus();
}
function setRotation(on) {
  rotating = on;
  $("rotation").setAttribute("aria-label", on ? "Stop slide rotation" : "Start slide rotation");
  $("rotation").textContent = on ? "❚❚" : "▶";
  $("slides").setAttribute("aria-live", on ? "off" : "polite");
  clearInterval(timer);
  if (on) timer = setInterval(() => { if (!paused) showSlide(slide + 1, false); }, 5000);
}
$("rotation").addEventListener("click", () => setRotation(!rotating));
$("prev-slide").addEventListener("click", () => showSlide(slide - 1, false));
$("next-slide").addEventListener("click", () => showSlide(slide + 1, false));
dots.forEach((dot, i) => {
  dot.addEventListener("click", () => showSlide(i, false));
  dot.addEventListener("keydown", (event) => {
    const target = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: dots.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    showSlide(target, true);
  });
});
// Rotation pauses while the pointer or keyboard focus is inside the carousel.
const carousel = $("carousel");
carousel.addEventListener("mouseenter", () => { paused = true; });
carousel.addEventListener("mouseleave", () => { paused = false; });
carousel.addEventListener("focusin", (event) => { if (event.target !== $("rotation")) paused = true; });
carousel.addEventListener("focusout", () => { paused = false; });
document.querySelectorAll("[data-promo]").forEach((button) => button.addEventListener("click", () => {
  const promo = button.dataset.promo;
  if (promo === "sale") { setSwitch(true); $("category").value = "Clothing"; }
  if (promo === "camping") $("category").value = "Camping";
  render();
  if (promo === "runner") {
    resetFilters();
    document.querySelector('[data-product="Trail Runner 2"] button').focus();
  }
}));

// ---- price range slider ------------------------------------------------------------------------------------
const RANGE = { min: 0, max: 300, step: 5 };
const price = { low: 0, high: 300 };
const thumbs = { low: $("price-min"), high: $("price-max") };
function setPrice(which, value) {
  const limits = which === "low" ? [RANGE.min, price.high] : [price.low, RANGE.max];
  price[which] = Math.min(limits[1], Math.max(limits[0], Math.round(value / RANGE.step) * RANGE.step));
  drawRange();
  render();
}
function drawRange() {
  const pct = (v) => `${((v - RANGE.min) / (RANGE.max - RANGE.min)) * 100}%`;
  for (const which of ["low", "high"]) {
    const thumb = thumbs[which];
    thumb.style.left = pct(price[which]);
    thumb.setAttribute("aria-valuenow", String(price[which]));
    thumb.setAttribute("aria-valuetext", `$${price[which]}`);
  }
  thumbs.low.setAttribute("aria-valuemax", String(price.high));
  thumbs.high.setAttribute("aria-valuemin", String(price.low));
  $("fill").style.left = pct(price.low);
  $("fill").style.width = `calc(${pct(price.high)} - ${pct(price.low)})`;
  $("price-text").textContent = `Price: $${price.low} – $${price.high}`;
}
for (const which of ["low", "high"]) {
  const thumb = thumbs[which];
  thumb.addEventListener("keydown", (event) => {
    const now = price[which];
    const next = { ArrowRight: now + 5, ArrowUp: now + 5, ArrowLeft: now - 5, ArrowDown: now - 5,
      PageUp: now + 50, PageDown: now - 50, Home: RANGE.min, End: RANGE.max }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setPrice(which, next);
  });
  thumb.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    thumb.focus();
    thumb.setPointerCapture(event.pointerId);
    const move = (e) => setPrice(which, valueAt(e.clientX));
    const up = () => { thumb.removeEventListener("pointermove", move); thumb.removeEventListener("pointerup", up); };
    thumb.addEventListener("pointermove", move);
    thumb.addEventListener("pointerup", up);
  });
}
function valueAt(x) {
  const box = $("range").getBoundingClientRect();
  return RANGE.min + ((x - box.left) / box.width) * (RANGE.max - RANGE.min);
}
$("track").addEventListener("click", (event) => {
  const value = valueAt(event.clientX);
  const which = Math.abs(value - price.low) <= Math.abs(value - price.high) ? "low" : "high";
  setPrice(which, value);
  thumbs[which].focus();
});

// ---- sale switch, category, sort ---------------------------------------------------------------------------
function setSwitch(on) { $("sale-only").setAttribute("aria-checked", String(on)); }
$("sale-only").addEventListener("click", () => { setSwitch($("sale-only").getAttribute("aria-checked") !== "true"); render(); });
$("category").addEventListener("change", render);
$("sort").addEventListener("change", render);
function resetFilters() {
  $("category").value = "All gear";
  setSwitch(false);
  price.low = RANGE.min;
  price.high = RANGE.max;
  drawRange();
  render();
}
$("reset").addEventListener("click", resetFilters);

// ---- products ----------------------------------------------------------------------------------------------
function stockText(p) {
  const left = p.stock - (cart.get(p.name) || 0);
  return p.stock === 0 ? "Out of stock" : left <= 0 ? "All stock is in your cart" : left <= 3 ? `Only ${left} left` : "In stock";
}
function render() {
  const category = $("category").value;
  const saleOnly = $("sale-only").getAttribute("aria-checked") === "true";
  const order = { featured: (a, b) => a.featured - b.featured, low: (a, b) => priceOf(a) - priceOf(b),
    high: (a, b) => priceOf(b) - priceOf(a), name: (a, b) => a.name.localeCompare(b.name) }[$("sort").value];
  const shown = PRODUCTS.filter((p) => category === "All gear" || p.category === category)
    .filter((p) => !saleOnly || p.sale)
    .filter((p) => priceOf(p) >= price.low && priceOf(p) <= price.high)
    .sort(order);
  $("crumb-category").textContent = category;
  $("products-title").textContent = category === "All gear" ? "Hiking gear" : category;
  $("showing").textContent = `Showing ${shown.length} of ${PRODUCTS.length} products`;
  $("no-products").hidden = shown.length > 0;
  $("product-grid").replaceChildren(...shown.map((p) => {
    const card = document.createElement("article");
    card.className = "product";
    card.dataset.product = p.name;
    const id = `p-${p.featured}`;
    card.setAttribute("aria-labelledby", id);
    card.innerHTML = `<div class="product__art" aria-hidden="true"><svg viewBox="0 0 24 24"><path d="M2 20 9 7l4 7 3-4 6 10z"/></svg></div>
      <h3 id="${id}"></h3><div class="muted">${p.category}</div>
      <div class="price">$${priceOf(p)}${p.sale ? ` <s>$${p.price}</s>` : ""}</div>
      ${p.sale ? '<div class="sale-tag">Sale</div>' : ""}
      <div class="stock${p.stock === 0 ? " stock--out" : ""}">${stockText(p)}</div>`;
    card.querySelector("h3").textContent = p.name;
    const add = document.createElement("button");
    add.type = "button";
    add.className = "btn btn--primary";
    add.textContent = "Add to cart";
    add.addEventListener("click", () => addToCart(p));
    card.append(add);
    return card;
  }));
}

// ---- cart --------------------------------------------------------------------------------------------------
function showAlert(message) {
  const alert = $("stock-alert");
  alert.replaceChildren();
  if (!message) return;
  const text = document.createElement("span");
  text.textContent = message;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "btn";
  close.textContent = "Dismiss alert";
  close.addEventListener("click", () => showAlert(""));
  alert.append(text, close);
}
function addToCart(p) {
  const have = cart.get(p.name) || 0;
  if (p.stock === 0) { showAlert(`Sorry, ${p.name} is out of stock. We expect more in April.`); return; }
  if (have >= p.stock) { showAlert(`Only ${p.stock} ${p.name} in stock, and all of them are in your cart.`); return; }
  showAlert("");
  cart.set(p.name, have + 1);
  toast(`Added ${p.name} to your cart`);
  renderCart();
  render();
}
function renderCart() {
  const lines = [...cart.entries()];
  const count = lines.reduce((n, [, q]) => n + q, 0);
  const total = lines.reduce((sum, [name, q]) => sum + q * priceOf(PRODUCTS.find((p) => p.name === name)), 0);
  $("cart-count").textContent = String(count);
  $("cart-list").replaceChildren(...lines.map(([name, q]) => {
    const li = document.createElement("li");
    const text = document.createElement("span");
    text.textContent = `${name} × ${q}`;
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "link";
    remove.textContent = "Remove";
    remove.setAttribute("aria-label", `Remove ${name}`);
    remove.addEventListener("click", () => {
      cart.delete(name);
      toast(`Removed ${name} from your cart`);
      renderCart();
      render();
      $("cart-title").tabIndex = -1;
      $("cart-title").focus();
    });
    li.append(text, remove);
    return li;
  }));
  $("cart-summary").textContent = count ? `${count} ${count === 1 ? "item" : "items"} · $${total.toFixed(2)}` : "Your cart is empty.";
  $("shipping").textContent = !count ? "" : total >= 75 ? "Free shipping" : `Add $${(75 - total).toFixed(2)} more for free shipping`;
  $("checkout").disabled = count === 0;
  $("checkout-status").textContent = "";
}
$("checkout").addEventListener("click", () => {
  $("checkout-status").textContent = "Checkout is closed in this demo store. Your cart is kept.";
});

drawRange();
render();
