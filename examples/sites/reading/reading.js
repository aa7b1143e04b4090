/* Shelfmark: three custom elements with open shadow roots. <book-list> owns the books and the tabs,
   <book-item> shows one book, <rating-stars> is a 1–5 radio group. Children report changes with
   composed events; only <book-list> changes the state. */
(function () {
  "use strict";

  var SHARED_STYLE =
    ":host { display: block; font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }" +
    "[hidden] { display: none !important; }" +
    "button { font: inherit; cursor: pointer; }" +
    ".btn { padding: .4rem .85rem; border-radius: 8px; border: 1px solid #cdbfa8; background: #fff; }" +
    ".btn--primary { background: #8a3b12; border-color: #8a3b12; color: #fff; }";

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  /* ---- <rating-stars value="0..5" label="Rating for ..."> -------------------------------------------- */
  class RatingStars extends HTMLElement {
    constructor() {
      super();
      var root = this.attachShadow({ mode: "open" });
      root.innerHTML = "<style>" + SHARED_STYLE +
        ".stars { display: inline-flex; gap: 2px; }" +
        "[role=radio] { font-size: 1.35rem; line-height: 1; color: #d8cbb6; padding: 0 1px; cursor: pointer; border-radius: 4px; }" +
        "[role=radio].lit { color: #e0a100; }" +
        "[role=radio]:focus-visible { outline: 2px solid #8a3b12; outline-offset: 1px; }" +
        ".text { margin-left: .4rem; font-size: .85rem; color: #6b5a48; }</style>" +
        '<span class="stars" role="radiogroup"></span><span class="text"></span>';
      this.group = root.querySelector(".stars");
      this.text = root.querySelector(".text");
      for (var n = 1; n <= 5; n++) {
        var star = document.createElement("span");
        star.setAttribute("role", "radio");
        star.setAttribute("aria-label", plural(n, "star"));
        star.dataset.value = String(n);
        star.textContent = "★";
        this.group.append(star);
      }
      this.group.addEventListener("click", (event) => {
        var star = event.target.closest("[role=radio]");
        if (star) this.choose(Number(star.dataset.value), true);
      });
      this.group.addEventListener("keydown", (event) => this.onKey(event));
    }

    static get observedAttributes() { return ["value", "label"]; }
    attributeChangedCallback() { this.paint(); }
    connectedCallback() { this.paint(); }

    get value() { return Number(this.getAttribute("value") || 0); }

    paint() {
      var value = this.value;
      this.group.setAttribute("aria-label", this.getAttribute("label") || "Rating");
      var stars = this.group.querySelectorAll("[role=radio]");
      stars.forEach(function (star, index) {
        var n = index + 1;
        star.setAttribute("aria-checked", String(n === value));
        star.classList.toggle("lit", n <= value);
        star.tabIndex = n === (value || 1) ? 0 : -1;  // roving tab stop: the checked star, else the first
      });
      this.text.textContent = value ? "Rated " + value + " of 5" : "Not rated";
    }

    choose(value, focus) {
      if (value !== this.value) {
        this.dispatchEvent(new CustomEvent("rate", { detail: { value: value }, bubbles: true, composed: true }));
      }
      if (focus) this.group.querySelectorAll("[role=radio]")[value - 1].focus();
    }

    onKey(event) {
      var current = Number((event.target.closest("[role=radio]") || {}).dataset.value || 1);
      var next = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1,
                   Home: 1, End: 5 }[event.key];
      if (event.key === " " || event.key === "Enter") next = current;
      if (next === undefined) return;
      event.preventDefault();
      if (next > 5) next = 1;
      if (next < 1) next = 5;
      this.choose(next, true);
    }
  }

  /* ---- <book-item>: set .book = {id, title, author, read, rating} ------------------------------------- */
  class BookItem extends HTMLElement {
    constructor() {
      super();
      var root = this.attachShadow({ mode: "open" });
      root.innerHTML = "<style>" + SHARED_STYLE +
        ".book { display: grid; grid-template-columns: 1fr auto; gap: .35rem 1rem; padding: .8rem 1rem; background: #fff;" +
        " border: 1px solid #e6dccb; border-radius: 10px; }" +
        ".title { font: 600 1.08rem Georgia, serif; margin: 0; }" +
        ".author { color: #6b5a48; margin: 0; font-size: .92rem; }" +
        ".controls { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; grid-column: 1 / -1; }" +
        ".switch { display: inline-flex; align-items: center; gap: .45rem; border: 0; background: none; padding: 0; }" +
        ".switch__track { width: 38px; height: 22px; border-radius: 11px; background: #cdbfa8; position: relative; transition: background .15s; }" +
        ".switch__track::after { content: ''; position: absolute; top: 3px; left: 3px; width: 16px; height: 16px; border-radius: 50%;" +
        " background: #fff; transition: left .15s; }" +
        ".switch[aria-checked=true] .switch__track { background: #3c7d4a; }" +
        ".switch[aria-checked=true] .switch__track::after { left: 19px; }" +
        ".remove { align-self: start; }</style>" +
        '<article class="book">' +
        '<div><h3 class="title" id="title"></h3><p class="author"></p></div>' +
        '<button type="button" class="btn remove">Remove</button>' +
        '<div class="controls">' +
        '<button type="button" class="switch" role="switch" aria-checked="false" aria-labelledby="switch-label title">' +
        '<span class="switch__track" aria-hidden="true"></span><span id="switch-label">Read</span></button>' +
        "<rating-stars></rating-stars></div></article>";
      this.titleNode = root.querySelector(".title");
      this.authorNode = root.querySelector(".author");
      this.switchNode = root.querySelector("[role=switch]");
      this.removeNode = root.querySelector(".remove");
      this.stars = root.querySelector("rating-stars");
      this.switchNode.addEventListener("click", () => this.report("book-read", { read: !this._book.read }));
      this.removeNode.addEventListener("click", () => this.report("book-remove", {}));
      this.stars.addEventListener("rate", (event) => {
        event.stopPropagation();
        this.report("book-rate", { rating: event.detail.value });
      });
    }

    report(type, detail) {
      detail.id = this._book.id;
      this.dispatchEvent(new CustomEvent(type, { detail: detail, bubbles: true, composed: true }));
    }

    set book(book) {
      this._book = book;
      this.titleNode.textContent = book.title;
      this.authorNode.textContent = "by " + book.author;
      this.switchNode.setAttribute("aria-checked", String(book.read));
      this.removeNode.setAttribute("aria-label", "Remove " + book.title);
      this.stars.setAttribute("label", "Rating for " + book.title);
      this.stars.setAttribute("value", String(book.rating));
    }

    get book() { return this._book; }

    focusControl(which) { (which === "remove" ? this.removeNode : this.switchNode).focus(); }
  }

  /* ---- <book-list>: the form, the tabs, the counter and the books ------------------------------------ */
  var TABS = [
    { id: "to-read", label: "To read", keep: function (b) { return !b.read; }, empty: "Nothing on your to-read pile." },
    { id: "finished", label: "Finished", keep: function (b) { return b.read; }, empty: "You haven't finished any books yet." }
  ];

  class BookList extends HTMLElement {
    constructor() {
      super();
      this.books = [
        { id: 1, title: "Piranesi", author: "Susanna Clarke", read: false, rating: 0 },
        { id: 2, title: "The Left Hand of Darkness", author: "Ursula K. Le Guin", read: false, rating: 0 },
        { id: 3, title: "Braiding Sweetgrass", author: "Robin Wall Kimmerer", read: true, rating: 5 },
        { id: 4, title: "Klara and the Sun", author: "Kazuo Ishiguro", read: true, rating: 3 }
      ];
      this.nextId = 5;
      this.tab = TABS[0];
      this.items = new Map();  // book id -> its <book-item>, kept so focus survives re-rendering
      var root = this.attachShadow({ mode: "open" });
      root.innerHTML = "<style>" + SHARED_STYLE +
        "form { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; background: #fffaf2; border: 1px solid #e6dccb;" +
        " border-radius: 10px; padding: .9rem 1rem; }" +
        ".field { display: grid; gap: .2rem; font-weight: 600; flex: 1; min-width: 180px; }" +
        "input { font: inherit; font-weight: 400; padding: .45rem .6rem; border: 1px solid #cdbfa8; border-radius: 8px; }" +
        "input[aria-invalid=true] { border-color: #b42318; }" +
        ".error { color: #b42318; font-weight: 600; font-size: .88rem; min-height: 1.3em; margin: 0; }" +
        ".bar { display: flex; justify-content: space-between; align-items: center; margin: 1.2rem 0 .5rem; }" +
        "[role=tablist] { display: flex; gap: .25rem; border-bottom: 1px solid #e6dccb; }" +
        "[role=tab] { border: 0; background: none; padding: .45rem .9rem; border-bottom: 3px solid transparent; color: #5a4a3a; }" +
        "[role=tab][aria-selected=true] { border-bottom-color: #8a3b12; color: #8a3b12; font-weight: 700; }" +
        ".count { font-weight: 600; }" +
        "ul { list-style: none; margin: 0; padding: 0; display: grid; gap: .6rem; }" +
        ".empty { color: #6b5a48; text-align: center; padding: 1.5rem 0; margin: 0; }" +
        ".status { min-height: 1.5em; color: #3c7d4a; margin: .6rem 0 0; }</style>" +
        '<form novalidate aria-label="Add a book">' +
        '<label class="field">Title<input name="title" autocomplete="off" aria-describedby="title-error">' +
        '<span class="error" id="title-error"></span></label>' +
        '<label class="field">Author<input name="author" autocomplete="off" aria-describedby="author-error">' +
        '<span class="error" id="author-error"></span></label>' +
        '<button type="submit" class="btn btn--primary">Add book</button></form>' +
        '<div class="bar"><div role="tablist" aria-label="Filter books"></div>' +
        '<span class="count" aria-live="polite"></span></div>' +
        '<div role="tabpanel"><ul></ul><p class="empty"></p></div>' +
        '<p class="status" role="status"></p>';
      this.form = root.querySelector("form");
      this.tablist = root.querySelector("[role=tablist]");
      this.panel = root.querySelector("[role=tabpanel]");
      this.list = root.querySelector("ul");
      this.empty = root.querySelector(".empty");
      this.count = root.querySelector(".count");
      this.status = root.querySelector(".status");
      TABS.forEach((tab) => {
        var button = document.createElement("button");
        button.type = "button";
        button.setAttribute("role", "tab");
        button.id = "tab-" + tab.id;
        button.setAttribute("aria-controls", "books-panel");
        button.textContent = tab.label;
        button.addEventListener("click", () => this.select(tab, false));
        this.tablist.append(button);
      });
      this.panel.id = "books-panel";
      this.tablist.addEventListener("keydown", (event) => this.onTabKey(event));
      this.form.addEventListener("submit", (event) => { event.preventDefault(); this.add(); });
      this.form.addEventListener("input", (event) => this.showError(event.target.name, ""));
      this.addEventListener("book-read", (event) => this.setRead(event.detail.id, event.detail.read));
      this.addEventListener("book-rate", (event) => this.rate(event.detail.id, event.detail.rating));
      this.addEventListener("book-remove", (event) => this.remove(event.detail.id));
      this.render();
    }

    find(id) { return this.books.filter(function (b) { return b.id === id; })[0]; }

    say(message) { this.status.textContent = message; }

    select(tab, focus) {
      this.tab = tab;
      this.render();
      if (focus) this.shadowRoot.getElementById("tab-" + tab.id).focus();
    }

    onTabKey(event) {
      var index = TABS.indexOf(this.tab);
      var next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      this.select(TABS[(next + TABS.length) % TABS.length], true);
    }

    showError(field, message) {
      var input = this.form.elements[field];
      if (!input) return;
      this.shadowRoot.getElementById(field + "-error").textContent = message;
      if (message) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
    }

    add() {
      var title = this.form.elements.title.value.trim();
      var author = this.form.elements.author.value.trim();
      this.showError("title", title ? "" : "Enter the book's title.");
      this.showError("author", author ? "" : "Enter the author's name.");
      if (!title || !author) {
        this.form.elements[title ? "author" : "title"].focus();
        return;
      }
      var same = this.books.some(function (b) { return b.title.toLowerCase() === title.toLowerCase(); });
      if (same) {
        this.showError("title", "That book is already on your list.");
        this.form.elements.title.focus();
        return;
      }
      this.books.push({ id: this.nextId++, title: title, author: author, read: false, rating: 0 });
      this.form.reset();
      this.form.elements.title.focus();
      this.say("Added " + title + " by " + author + ".");
      this.render();
    }

    /* The book after `book` in the current tab (or before it), to take focus when `book` leaves it. */
    neighbour(book) {
      var shown = this.books.filter(this.tab.keep);
      var index = shown.indexOf(book);
      return shown[index + 1] || shown[index - 1] || null;
    }

    setRead(id, read) {
      var book = this.find(id);
      var next = this.neighbour(book);
      book.read = read;
      this.say(read ? "Marked " + book.title + " as read." : "Moved " + book.title + " back to To read.");
      this.render();
      if (!this.tab.keep(book)) this.focusAfterLeaving(next, "switch");
    }

    rate(id, rating) {
      var book = this.find(id);
      book.rating = rating;
      this.say("Rated " + book.title + " " + plural(rating, "star") + ".");
      this.render();
    }

    remove(id) {
      var book = this.find(id);
      var next = this.neighbour(book);
      this.books.splice(this.books.indexOf(book), 1);
      this.items.delete(id);
      this.say("Removed " + book.title + ".");
      this.render();
      this.focusAfterLeaving(next, "remove");
    }

    focusAfterLeaving(next, control) {
      if (next) this.items.get(next.id).focusControl(control);
      else this.shadowRoot.getElementById("tab-" + this.tab.id).focus();
    }

    render() {
      var shown = this.books.filter(this.tab.keep);
      this.tablist.querySelectorAll("[role=tab]").forEach((button) => {
        var selected = button.id === "tab-" + this.tab.id;
        button.setAttribute("aria-selected", String(selected));
        button.tabIndex = selected ? 0 : -1;
      });
      this.panel.setAttribute("aria-labelledby", "tab-" + this.tab.id);
      var rows = shown.map((book) => {
        var item = this.items.get(book.id);
        if (!item) {
          item = document.createElement("book-item");
          this.items.set(book.id, item);
        }
        item.book = book;
        var li = item.parentNode || document.createElement("li");
        li.append(item);
        return li;
      });
      this.list.replaceChildren.apply(this.list, rows);
      this.list.hidden = shown.length === 0;
      this.empty.hidden = shown.length > 0;
      this.empty.textContent = this.tab.empty;
      if (shown.length) this.panel.removeAttribute("tabindex"); else this.panel.tabIndex = 0;  // reachable when empty
      var toRead = this.books.filter(TABS[0].keep).length;
      this.count.textContent = toRead ? plural(toRead, "book") + " to read" : "No books to read";
    }
  }

  customElements.define("rating-stars", RatingStars);
  customElements.define("book-item", BookItem);
  customElements.define("book-list", BookList);
})();
