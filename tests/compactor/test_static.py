"""Static mode: roles, names, states, hidden content, folding, budgets, queries, chunks, diff."""

from __future__ import annotations

from html_compactor import compact, diff

FORM_PAGE = """<!doctype html><html><body>
<header><nav aria-label="Main"><a href="/">Home</a> <a href="/help">Help</a></nav></header>
<main><h1>Checkout</h1>
<form aria-labelledby="ship-title"><h2 id="ship-title">Shipping address</h2>
<label for="email">Email</label><input id="email" type="email" value="bob@example.com" required>
<label>Quantity <input type="number" value="2"></label>
<input type="search" placeholder="Find a store">
<input type="text" title="Promo code">
<select aria-label="Size"><option>S</option><option selected>M</option><option>L</option>
<option>XL</option><option>XXL</option></select>
<label><input type="checkbox" checked> Gift wrap</label>
<input type="submit" value="Place order"> <input type="image" alt="Pay with card" src="x.png">
<button aria-label="Close" type="button"><svg><text>x</text></svg></button>
<a href="/terms"><img src="t.png" alt="Terms and conditions"></a>
<button disabled>Apply coupon</button>
</form>
<p hidden>secret one</p><div style="display : none">secret two <a href="/x">Hidden link</a></div>
<div aria-hidden="true">secret three</div><script>var secret = "four";</script><style>.secret{}</style>
<input type="hidden" name="csrf" value="secret five">
<details><summary>More options</summary><a href="/inside">Inside details</a></details>
</main></body></html>"""


def element_by_name(outline, name):
    return next(e for e in outline.elements.values() if e.name == name)


def test_roles_names_and_states_follow_aria_rules():
    outline = compact(FORM_PAGE)
    expected = {
        "Email": ("textbox", {"value": "bob@example.com", "required": True}),
        "Quantity": ("spinbutton", {"value": "2"}),
        "Find a store": ("searchbox", {}),
        "Promo code": ("textbox", {}),
        "Size": ("combobox", {"value": "M", "options": ["S", "M", "L", "XL", "XXL"]}),
        "Gift wrap": ("checkbox", {"checked": True}),
        "Place order": ("button", {}),
        "Pay with card": ("button", {}),
        "Close": ("button", {}),
        "Terms and conditions": ("link", {}),
        "Apply coupon": ("button", {"disabled": True}),
        "More options": ("button", {"expanded": False}),
    }
    for name, (role, states) in expected.items():
        element = element_by_name(outline, name)
        assert element.role == role, name
        for key, value in states.items():
            assert element.states.get(key) == value, (name, key)
    assert 'form "Shipping address"' in outline.text
    assert '[7] combobox "Size" value="M" options: S, M, L (+2 more)' in outline.text
    assert 'checkbox "Gift wrap" checked' in outline.text
    assert 'button "Apply coupon" disabled' in outline.text


def test_a_query_lists_the_options_it_names_beyond_the_first_few():
    assert "options: S, M, L, XXL (+1 more)" in compact(FORM_PAGE, query="Pick XXL as the size").text
    assert "options: S, M, L (+2 more)" in compact(FORM_PAGE, query="Pick the biggest size").text


def test_hidden_script_and_closed_content_are_dropped():
    text = compact(FORM_PAGE).text
    assert "secret" not in text
    assert "Hidden link" not in text
    assert "Inside details" not in text
    assert text.count('"Gift wrap"') == 1  # the label is the checkbox's name, not a second text line


def test_ids_map_back_to_the_lxml_elements():
    outline = compact(FORM_PAGE)
    for element in outline.elements.values():
        assert f"[{element.id}] {element.role}" in outline.text
        assert element.handle.tag in ("a", "button", "input", "select", "summary")


def grid_page(count: int, extra: str = "") -> str:
    cards = "".join(
        f'<li class="card"><h3><a href="/p/{i}">Product {i}</a></h3><span>${i}.50</span>'
        f"<button>Add to cart</button></li>"
        for i in range(count)
    )
    return f"<html><body><main><h1>Results</h1><ul>{cards}</ul>{extra}</main></body></html>"


def test_repeated_siblings_fold_to_a_few_and_a_count():
    every = compact(grid_page(40), fold=False)
    full = compact(grid_page(40))
    budgeted = compact(grid_page(40), budget=4000)
    assert "Product 39" in every.text and "… " not in every.text
    assert "list (40 items)" in full.text
    assert 'link "Product 1"' in full.text and 'link "Product 2"' not in full.text
    # Without a budget the fold line names every element left out, once ("Add to cart" is already shown).
    fold_line = next(line for line in full.text.splitlines() if line.strip().startswith("…"))
    assert fold_line.strip().startswith('… 38 more items: "Product 2", "Product 3"')
    assert '"Product 39"' in fold_line and "Add to cart" not in fold_line
    assert len(full.text) < len(every.text) / 2
    # Under a budget a fold line only counts.
    assert "… 38 more items\n" in budgeted.text and '"Product 39"' not in budgeted.text


def test_runs_of_links_without_list_markup_fold_too():
    links = "".join(f'<a href="/c/{i}">Category {i}</a>' for i in range(30))
    outline = compact(f"<html><body><nav aria-label='Shop'>{links}</nav><main><h1>Hi</h1></main></body>")
    assert 'link "Category 1"' in outline.text and 'link "Category 2"' not in outline.text
    assert '… 28 more links: "Category 2", "Category 3"' in outline.text
    assert '"Category 29"' in outline.text
    query = compact(f"<html><body><nav>{links}</nav></body></html>", query='open "Category 17"')
    assert 'link "Category 17"' in query.text  # what the sentence names keeps its own line and [id]


def test_runs_of_six_fold_in_the_full_outline_and_shorter_runs_do_not():
    assert "… 4 more items" in compact(grid_page(6)).text
    five = compact(grid_page(5)).text
    assert "… " not in five and 'link "Product 4"' in five


def test_a_fold_line_lists_a_name_held_whole_by_another_once():
    cards = "".join(
        f'<li class="card"><a href="/p/{i}">Dress {i}</a><a href="/b/{i}">Brand Dress {i} €{i}0</a></li>'
        for i in range(12)
    ) + '<li class="card"><a href="/p/2x">Dress 2x</a><a href="/b/2x">Brand €20</a></li>'
    text = compact(f"<html><body><main><ul>{cards}</ul></main></body></html>").text
    fold_line = next(line for line in text.splitlines() if line.strip().startswith("…"))
    assert '"Brand Dress 5 €50"' in fold_line and '"Dress 5"' not in fold_line
    # Only as a whole word: "Dress 2x" is no part of another name, "Dress 2" is part of "Brand Dress 2 €20".
    assert '"Dress 2x"' in fold_line and '"Dress 2"' not in fold_line


def test_a_fold_line_lists_the_tooltip_of_an_element_left_out():
    links = "".join(f'<li><a href="/c/{i}">Category {i}</a></li>' for i in range(7))
    links += '<li><a href="/" title="Back to the top">&#9650;</a></li>'
    text = compact(f"<html><body><nav><ul>{links}</ul></nav></body></html>").text
    assert '"\u25b2", "Back to the top"' in text


def test_a_text_line_without_letters_or_digits_is_left_out():
    html = '<html><body><nav><a href="/">Home</a> › <a href="/c">Coats</a> | <p>Size 10 | 12</p></nav></body>'
    text = compact(html).text
    assert '"›"' not in text and '"|"' not in text and '"Size 10 | 12"' in text


def test_near_prefers_a_text_the_outline_shows_to_one_folded_away():
    card = '<li class="card"><a href="/p/{0}">Item {0}</a><span>({0}0)</span></li>'
    cards = "".join(card.format(i) for i in range(8))
    html = (
        '<html><body><nav><a href="/tops">Tops</a> <a href="/bags">Bags</a></nav>'
        f'<main><ul>{cards}</ul><a href="/tops">Tops</a><p>Free returns always</p></main></body></html>'
    )
    outline = compact(html)
    second = [e for e in outline.elements.values() if e.name == "Tops"][1]
    assert second.near == "Free returns"
    assert '"(70)"' not in outline.text  # the nearer text sits in a folded card
    # With nothing folded, the nearest text is the anchor.
    every = compact(html, fold=False)
    assert [e for e in every.elements.values() if e.name == "Tops"][1].near == "(70)"


def test_duplicate_names_say_how_to_reach_each_element():
    outline = compact(grid_page(8), fold=False)
    buttons = [e for e in outline.elements.values() if e.name == "Add to cart"]
    assert len(buttons) == 8
    assert all(e.near for e in buttons)
    assert len({e.near for e in buttons}) == 8
    assert all(f'near="{e.near}"' in outline.text for e in buttons)


def test_icons_cards_and_stylesheets_read_as_a_browser_reads_them():
    page = """<html><head><style>
      .modal { display: none; position: fixed }  .menu .sub { display: none }
      .menu .sub.open { display: block }  @media (max-width: 600px) { .wide { display: none } }
      .card { -webkit-backface-visibility: hidden }  .fade { opacity: 0 }
    </style></head><body>
    <div class="modal"><button>Hidden login</button></div>
    <div class="menu"><div class="sub"><a href="/a">Closed submenu</a></div>
      <div class="sub open"><a href="/b">Open submenu</a></div></div>
    <div class="wide"><a href="/w">Wide only</a></div><div class="card"><a href="/c">Card link</a></div>
    <div class="fade" style="opacity: 1"><a href="/f">Faded in</a></div>
    <footer style="opacity:0"><a href="/x">Invisible footer</a></footer>
    <button type="button">
      <svg role="img" aria-labelledby="t1"><title id="t1">Add to wish list</title></svg></button>
    <a href="/bag"><svg role="img" aria-label="Your bag"><path d="M0"/></svg></a>
    <article role="link"><a href="/p/1">Blue dress</a><button>Save</button></article>
    </body></html>"""
    text = compact(page).text
    assert "Invisible footer" not in text  # hidden by the markup itself: gone
    for collapsed in ("Hidden login", "Closed submenu"):  # hidden by the stylesheet: listed, not targets
        assert f'collapsed: "{collapsed}"' in text
        assert not any(collapsed in line for line in text.splitlines() if line.lstrip().startswith("["))
    for shown in ("Open submenu", "Wide only", "Card link", "Faded in"):
        assert f'link "{shown}"' in text
    assert 'button "Add to wish list"' in text and 'link "Your bag"' in text
    assert 'link "Blue dress"' in text and 'button "Save"' in text  # the card's own controls, not the card


def test_budget_and_query_keep_what_the_sentence_names():
    page = grid_page(300, extra="<footer><a href='/about'>About us</a></footer>")
    outline = compact(page, budget=256, query='Click "Product 287" and add it to the cart')
    assert outline.tokens() <= 256
    assert 'link "Product 287"' in outline.text
    assert 'heading 1 "Results"' in outline.text
    assert "more items" in outline.text


def test_chunks_are_self_contained_and_query_first():
    page = "<html><body><nav aria-label='Top'><a href='/a'>Alpha</a></nav>" + grid_page(30)[12:]
    outline = compact(page, query='add "Product 25"')
    chunks = outline.chunks(max_tokens=120)
    assert "Product 25" in chunks[0].text
    assert chunks[0].text.startswith("main")  # the chunk carries the section it sits in
    ids = [i for chunk in chunks for i in chunk.element_ids]
    assert sorted(ids) == sorted(set(ids)) == sorted(outline.shown_ids)


def test_diff_lists_appeared_changed_and_vanished():
    before = compact(grid_page(3, "<label><input type=checkbox> Subscribe</label>"))
    checked = "<label><input type=checkbox checked> Subscribe</label>"
    status = "<h1>Results</h1><p role=status>Added to cart</p>"
    after_html = grid_page(3, checked).replace("<h1>Results</h1>", status)
    last_button = "<button>Add to cart</button></li></ul>"
    after_html = after_html.replace(last_button, "<button>Remove</button></li></ul>")
    after = compact(after_html)
    changes = diff(before, after)
    appeared = [(c.role, c.name) for c in changes.of_kind("appeared")]
    vanished = [(c.role, c.name) for c in changes.of_kind("vanished")]
    changed = [(c.role, c.name) for c in changes.of_kind("changed")]
    assert ("text", "Added to cart") in appeared and ("button", "Remove") in appeared
    assert ("button", "Add to cart") in vanished
    assert changed == [("checkbox", "Subscribe")]
    assert "~ [" in changes.text and "checked" in changes.text
    assert not diff(after, after)


def test_a_folded_item_whose_whole_name_the_sentence_says_is_kept():
    buttons = "".join(f"<li><h3>Product {i}</h3><button>Add {i}</button></li>" for i in range(300))
    page = f"<html><body><main><h1>Catalogue</h1><ul>{buttons}</ul><p>End of list</p></main></body></html>"
    outline = compact(page, budget=600, query="Click Add 17 and see End of list")
    assert 'button "Add 17"' in outline.text
    assert 'button "Add 170"' not in outline.text and 'button "Add 171"' not in outline.text
    assert "End of list" in outline.text
    # A name many lines share ("Add" on every card) raises none of them above the rest.
    plain = compact(page.replace(">Add ", ">Add<span hidden> "), budget=600, query="Click Add")
    assert plain.text.count('button "Add"') <= 4


def test_an_anchor_without_href_that_a_script_drives_is_a_link():
    html = """<html><body><nav><ul>
    <li><a tabindex="0" aria-label="JACKETS, show more" data-href="/j"><span>JACKETS</span></a></li>
    <li><a aria-expanded="false">SHIRTS</a></li><li><a onclick="go()">SHOES</a></li>
    <li><a name="anchor">Plain target</a></li><li><a tabindex="-1">Not focusable</a></li>
    <li><a class="up" title="back to search">&#9650;</a></li>
    </ul></nav></body></html>"""
    outline = compact(html, fold=False)
    links = {e.name: e.role for e in outline.elements.values()}
    assert links == {"JACKETS, show more": "link", "SHIRTS": "link", "SHOES": "link", "\u25b2": "link"}
    assert 'link "\u25b2" title="back to search"' in outline.text
    assert '"Plain target"' in outline.text and '"Not focusable"' in outline.text
