"""Gherkin importer: scenarios become tests from the bodies of the step definitions their lines match."""

import textwrap

import pytest

from testgen.data.importers import ImportFailed, parse_file, parse_paths
from testgen.data.importers.gherkin import read_definitions

FEATURE = textwrap.dedent('''\
    Feature: Lending library desk

      Background:
        Given the desk page is open
        And I sign in as "Dana Reyes"

      Scenario: borrow one book
        When I lend "The Salt Road" for 14 days
        Then the desk shows "Due back in 14 days"

      Scenario Outline: renew a loan
        When I renew "<title>" by <weeks> weeks
        But I leave the note empty
        Then the desk shows "Renewed: <title>"

        Examples:
          | title          | weeks |
          | Quiet Harbours | 2     |
          | Ferns          | 3     |
''')

STEPS = textwrap.dedent('''\
    from pytest_bdd import given, parsers, then, when

    from testgen import I


    @given("the desk page is open")
    def desk_open():
        I.go_to("/library/desk.html")


    @given(parsers.parse('I sign in as "{member}"'))
    def sign_in(member):
        """Members sign in by full name."""
        I.fill("Member name", member)
        I.click("Sign in")


    @when(parsers.parse("I lend {title} for {days} days"))
    def lend(title, days):
        I.fill("Title", title)
        I.select("Loan period", days)
        with I.within("Loan form"):
            I.click("Lend")


    @when("I renew {title} by {weeks} weeks")
    def renew(title, weeks):
        I.click("Renew", near=title)
        I.fill("Weeks", weeks)


    @step("I leave the note empty")
    def no_note():
        I.see_value("Note", "")


    @then('the desk shows "{message}"')
    def desk_shows(message):
        I.see(message)
''')


def write_suite(root, feature=FEATURE, steps=STEPS, name="desk.feature"):
    (root / "features" / "steps").mkdir(parents=True, exist_ok=True)
    (root / "features" / name).write_text(feature)
    (root / "features" / "steps" / "desk_steps.py").write_text(steps)
    return root / "features" / name


def line_in(text, needle):
    return next(number for number, line in enumerate(text.splitlines(), 1) if needle in line)


def lines_of(test):
    return [step.render() for step in test.steps]


def test_scenarios_and_outline_rows_import_with_values_substituted(tmp_path):
    borrow, first, second = parse_file(write_suite(tmp_path))
    assert [t.problems for t in (borrow, first, second)] == [[], [], []]
    assert borrow.description.splitlines() == [
        "borrow one book", "Given the desk page is open", 'And I sign in as "Dana Reyes"',
        'When I lend "The Salt Road" for 14 days', 'Then the desk shows "Due back in 14 days"',
    ]
    assert lines_of(borrow) == [
        'I.go_to("/library/desk.html")', 'I.fill("Member name", "Dana Reyes")', 'I.click("Sign in")',
        'I.fill("Title", "The Salt Road")', 'I.select("Loan period", "14")',
        'I.click("Lend", near="Loan form")',
        'I.see("Due back in 14 days")',
    ]
    assert borrow.lines == [4, 5, 5, 8, 8, 8, 9]  # each step points at its line in the feature
    assert [a.verb for a in borrow.actions] == ["open", "fill", "click", "fill", "select", "click", "see"]
    assert (borrow.file, borrow.line) == (str(tmp_path / "features" / "desk.feature"), 7)

    assert first.description.splitlines()[1:] == [
        "Given the desk page is open", 'And I sign in as "Dana Reyes"',
        'When I renew "Quiet Harbours" by 2 weeks',
        "But I leave the note empty", 'Then the desk shows "Renewed: Quiet Harbours"',
    ]
    assert lines_of(first)[3:] == ['I.click("Renew", near="Quiet Harbours")', 'I.fill("Weeks", "2")',
                                   'I.see_value("Note", "")', 'I.see("Renewed: Quiet Harbours")']
    assert lines_of(second)[3:] == ['I.click("Renew", near="Ferns")', 'I.fill("Weeks", "3")',
                                    'I.see_value("Note", "")', 'I.see("Renewed: Ferns")']
    assert (first.line, second.line) == (18, 19)  # the Examples rows
    assert first.name != second.name


def test_undefined_step_is_reported_with_feature_file_and_line(tmp_path):
    feature = FEATURE.replace("    Then the desk shows \"Due back in 14 days\"\n",
                              "    Then the receipt prints\n")
    path = write_suite(tmp_path, feature)
    borrow, *outline = parse_file(path)
    [problem] = borrow.problems
    assert (problem.file, problem.line) == (str(path), 9)
    assert "'the receipt prints'" in problem.message and "@then(" in problem.message
    assert borrow.steps == [] and borrow.actions == []  # the scenario is skipped, not half imported
    assert all(not t.problems and t.steps for t in outline)

    files, tests, failures = parse_paths([tmp_path])
    assert failures == [str(problem)]
    assert len(tests) == 2 and borrow.name not in [t.name for t in tests]


def test_definition_body_that_is_not_plain_steps_is_reported_at_the_step_line(tmp_path):
    steps = STEPS.replace('    I.fill("Weeks", weeks)\n', '    I.fill("Weeks", str(int(weeks) * 7))\n')
    path = write_suite(tmp_path, steps=steps)
    borrow, first, second = parse_file(path)
    assert not borrow.problems
    for row in (first, second):
        [problem] = row.problems
        assert (problem.file, problem.line) == (str(path), 12)
        assert f"desk_steps.py:{line_in(steps, 'str(int(weeks)')}:" in problem.message  # the bad line
        assert row.steps == []


def test_step_type_must_fit_the_decorator(tmp_path):
    feature = FEATURE.replace("And I sign in as", "When I sign in as", 1)  # a When line, a @given definition
    assert "When I sign in as" in feature
    borrow, *_ = parse_file(write_suite(tmp_path, feature))
    [problem] = borrow.problems
    assert problem.line == 5
    assert "is a When step" in problem.message
    assert f"desk_steps.py:{line_in(STEPS, 'def sign_in(')}" in problem.message


def test_ambiguous_definitions_are_reported_not_guessed(tmp_path):
    steps = STEPS + textwrap.dedent('''

        @when("I lend {title} for {days} days")
        def lend_again(title, days):
            I.click(title)
    ''')
    path = write_suite(tmp_path, steps=steps)
    borrow, first, second = parse_file(path)
    [problem] = borrow.problems
    assert problem.line == 8 and "matches 2 definitions" in problem.message
    for definition in ("def lend(", "def lend_again("):
        assert f"desk_steps.py:{line_in(steps, definition)} " in problem.message
    assert borrow.steps == []
    assert first.steps and second.steps  # lines that match one definition still import


def test_broken_feature_is_reported_while_other_files_import(tmp_path):
    write_suite(tmp_path)
    broken = tmp_path / "features" / "broken.feature"
    broken.write_text("Feature: half written\n  Scenario: one\n    Given the desk page is open\n"
                      "  this line is no keyword\n    | a |\n")
    with pytest.raises(ImportFailed, match=rf"{broken}:4: not valid Gherkin"):
        parse_file(broken)

    files, tests, failures = parse_paths([tmp_path])
    assert broken in files
    assert len(failures) == 1 and failures[0].startswith(f"{broken}:4:")
    assert len(tests) == 3 and {t.file for t in tests} == {str(tmp_path / "features" / "desk.feature")}


def test_definitions_are_found_beside_the_feature_and_in_the_parents_steps_folder(tmp_path):
    (tmp_path / "step_definitions").mkdir()
    (tmp_path / "step_definitions" / "open.py").write_text(
        'from behave import given\n\n@given("the desk page is open")\ndef open_desk(context):\n'
        '    I.go_to("/library/")\n')
    (tmp_path / "features").mkdir()
    (tmp_path / "features" / "shows.py").write_text(
        'from behave import then\n\n@then(\'it shows "{text}"\')\ndef shows(context, text):\n'
        '    I.see(text)\n')
    path = tmp_path / "features" / "short.feature"
    path.write_text('Feature: f\n  Scenario: s\n    Given the desk page is open\n'
                    '    Then it shows "Open daily"\n')
    [test] = parse_file(path)
    assert lines_of(test) == ['I.go_to("/library/")', 'I.see("Open daily")']


@pytest.mark.parametrize(("pattern", "text", "values"), [
    ("I pay {amount} to {who}", 'I pay 12.50 to "Jo Park"', {"amount": "12.50", "who": "Jo Park"}),
    ('I pay "{amount}" now', 'I pay "1 000" now', {"amount": "1 000"}),
    ("I pay {amount:d} now", "I pay 7 now", {"amount": "7"}),
    ("I pay {amount} to {who}", "I pay 5 to Jo Park", None),  # an unquoted value is one token
    ("I pay (a lot)", "I pay (a lot)", {}),  # everything else is matched as written
    ("I pay (a lot)", "I pay a lot", None),
])
def test_patterns_take_quoted_strings_or_one_token(pattern, text, values):
    [definition] = read_definitions(f"@when({pattern!r})\ndef pay():\n    pass\n", "pay_steps.py")
    assert definition.bind(text) == values
