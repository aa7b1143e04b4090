"""Importers: Playwright Python and CodeceptJS files become actions; what cannot convert is reported."""

import textwrap

import pytest

from testgen.data.importers import ImportFailed, describe_test, parse_file
from testgen.data.importers.codecept import tokenize

PLAYWRIGHT = textwrap.dedent('''
    import re
    from playwright.sync_api import Page, expect


    def test_login_shows_welcome(page: Page):
        """Log in as bob and land on the dashboard."""
        page.goto("http://127.0.0.1:8000/shop/login.html")
        page.get_by_label("Username").fill("bob")
        page.get_by_placeholder("Password").fill("hunter2")
        # keep the session
        page.get_by_role("checkbox", name="Remember me").check()
        page.get_by_role("button", name="Log in").click()
        expect(page.get_by_text("Welcome, bob")).to_be_visible()
        expect(page).to_have_url(re.compile(".*/dashboard"))
        page.locator("#promo > .close").click()
        expect(page.get_by_label("Username")).to_have_value("bob")


    def test_search_box(page):
        page.goto("/shop/")
        page.get_by_role("searchbox", name="Search").fill(query)
        page.keyboard.press("Enter")
        page.get_by_label("Country").select_option(label="Spain")
        expect(page.get_by_text("Sign in")).to_be_hidden()
''')

CODECEPT = textwrap.dedent('''
    Feature('Shop');

    Scenario('add a lamp to the cart', async ({ I }) => {
      // the cart starts empty
      I.amOnPage('/shop/');
      I.fillField("Search", 'desk \\'lamp\\'');
      I.pressKey('Enter'); I.click('Add to cart');
      I.click({css: '#checkout'});
      I.see(`1 item`);
      I.seeInCurrentUrl('/cart');
      I.dontSee('Your cart is empty');
      I.seeInField('Quantity', '1');
      I.wait(2);
      I.say(`hello ${name}`);
    });

    Scenario("choose a colour", ({ I }) => {
      /* options live in a
         dropdown */
      I.amOnPage('/shop/item.html');
      I.selectOption('Colour', 'Blue');
      I.checkOption('Gift wrap');
    });
''')


def test_playwright_python_tests_convert(tmp_path):
    path = tmp_path / "test_shop.py"
    path.write_text(PLAYWRIGHT)
    login, search = parse_file(path)
    assert login.description.startswith("Log in as bob and land on the dashboard.")
    assert "keep the session" in login.description
    verbs = [(a.verb, a.target, a.value or a.key) for a in login.actions]
    assert verbs == [
        ("open", None, "http://127.0.0.1:8000/shop/login.html"),
        ("fill", "Username", "bob"), ("fill", "Password", "hunter2"),
        ("check", "Remember me", None), ("click", "Log in", None),
        ("see", None, "Welcome, bob"), ("see_url", None, "/dashboard"),
        ("see_value", "Username", "bob"),
    ]
    assert login.actions[3].role == "checkbox"
    [problem] = login.problems
    assert (problem.file, problem.line) == (str(path), 16)
    assert "#promo > .close" in problem.message and "get_by_role" in problem.message
    assert search.description == "Search box"
    assert [a.verb for a in search.actions] == ["open", "press", "select", "dont_see"]
    assert search.actions[2].value == "Spain"
    [problem] = search.problems
    assert problem.line == 22 and "query" in problem.message and "literal" in problem.message


def test_codecept_scenarios_convert(tmp_path):
    path = tmp_path / "shop_test.js"
    path.write_text(CODECEPT)
    cart, colour = parse_file(path)
    assert cart.name == "add a lamp to the cart"
    assert cart.description == "Add a lamp to the cart. the cart starts empty."
    assert [(a.verb, a.target, a.value or a.key) for a in cart.actions] == [
        ("open", None, "/shop/"), ("fill", "Search", "desk 'lamp'"), ("press", None, "Enter"),
        ("click", "Add to cart", None), ("see", None, "1 item"), ("see_url", None, "/cart"),
        ("dont_see", None, "Your cart is empty"), ("see_value", "Quantity", "1"),
    ]
    assert cart.lines[:4] == [6, 7, 8, 8]
    problems = {p.line: p.message for p in cart.problems}
    assert set(problems) == {9, 14, 15}
    assert "css" in problems[9] and "skipped" in problems[14] and "I.say()" in problems[15]
    assert all(p.file == str(path) for p in cart.problems)
    assert "options live in a dropdown" in colour.description
    assert [(a.verb, a.target, a.value) for a in colour.actions[1:]] == [
        ("select", "Colour", "Blue"), ("check", "Gift wrap", None)]


def test_a_description_keeps_the_authors_words_and_punctuation():
    said = 'login alice / oops -> expect "Incorrect password."'
    assert describe_test(said, "test_x", []) == said
    assert describe_test("Open the cart", "test_x", ["pay by card"]) == "Open the cart. pay by card."
    assert describe_test('See "Done."', "test_x", ["then leave"]) == 'See "Done." then leave.'


def test_js_tokenizer_reads_literals_and_keeps_line_numbers():
    tokens = tokenize('a("x\\ny", \'it\\\'s\', `multi\nline`)\n// note\nb(1)')
    strings = [t.text for t in tokens if t.kind == "str"]
    assert strings == ["x\ny", "it's", "multi\nline"]
    assert [t.line for t in tokens if t.kind == "comment"] == [3]
    assert tokens[-4].text == "b" and tokens[-4].line == 4


def test_unreadable_files_fail_with_the_cause(tmp_path):
    broken = tmp_path / "broken.js"
    broken.write_text("Scenario('x', () => { I.see('never closes); });")
    with pytest.raises(ImportFailed, match="broken.js: line 1: string never closes"):
        parse_file(broken)
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(ImportFailed, match="unknown kind"):
        parse_file(other)


def test_dsl_files_convert_within_blocks_to_near_and_report_the_rest(tmp_path):
    path = tmp_path / "test_login.py"
    path.write_text(textwrap.dedent('''
        """Log in and see the dashboard."""
        from testgen import I


        def test_login():
            I.go_to("/shop/login.html")
            I.fill("Username", "bob")
            I.click("Log in")
            with I.within("Cart"):
                I.click("Remove")
                I.click("Undo", near="Toast")
                I.press("Enter")
            I.see("Welcome, bob")
            for name in ("a", "b"):
                I.click(name)
            I.teleport("Mars")
    '''))
    [test] = parse_file(path)
    assert test.description == "Log in and see the dashboard."
    assert [step.render() for step in test.steps] == [
        'I.go_to("/shop/login.html")', 'I.fill("Username", "bob")', 'I.click("Log in")',
        'I.click("Remove", near="Cart")', 'I.click("Undo", near="Toast")', 'I.press("Enter")',
        'I.see("Welcome, bob")']
    assert test.lines == [7, 8, 9, 11, 12, 13, 14]
    assert [(p.line, "loops" in p.message or "unknown verb" in p.message) for p in test.problems] == [
        (15, True), (17, True)]


@pytest.mark.browser
def test_replay_turns_imported_tests_into_records_and_reports_the_rest(tmp_path, driver):
    from testgen.data.importers.replay import replay

    path = tmp_path / "login_test.js"
    path.write_text(textwrap.dedent('''
        Scenario('log in as bob', ({ I }) => {
          I.amOnPage('/shop/login.html');
          I.fillField('Username', 'bob');
          I.fillField('Password', 'hunter2');
          I.click('Log in');
          I.see('Welcome, bob');
        });
        Scenario('press a button that is not there', ({ I }) => {
          I.amOnPage('/shop/login.html');
          I.click('Launch rocket');
        });
    '''))
    result = replay(driver, parse_file(path))
    [record] = result.records
    assert record.site == "shop" and record.start_url == "/shop/login.html" and record.source == "import"
    assert [s.line for s in record.steps] == ['I.fill("Username", "bob")', 'I.fill("Password", "hunter2")',
                                              'I.click("Log in")', 'I.see("Welcome, bob")']
    assert all(f"[{s.target_id}]" in s.outline for s in record.steps[:3])
    assert "Welcome" in record.steps[3].outline
    [problem] = result.problems
    assert problem.line == 11 and "Launch rocket" in problem.message
