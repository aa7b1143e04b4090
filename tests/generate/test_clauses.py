"""Reading a task clause by clause: which verb each clause asks for, and how far the steps have read."""

from __future__ import annotations

import pytest

from html_compactor.reader import read_outline
from testgen.generate.baseline import score_element, score_value
from testgen.generate.candidates import VALUE_FEATURES, advance_cursor, element_choices, value_choices
from testgen.generate.decode import END_OF_TEST
from testgen.generate.prior import fit_to_page, verb_prior
from testgen.reading.clauses import (
    absent_as_said,
    acting_part,
    choose_verb,
    clauses,
    next_clause,
    places_reached,
)
from testgen.reading.spans import value_spans
from testgen.step import Step


def pieces(task: str) -> list[str]:
    return [task[a:b] for a, b in clauses(task)]


@pytest.mark.parametrize(
    ("clause", "verb"),
    [
        ("Fill in What needs to be done? with hello", "fill"),
        ("Password should hold hunter2", "see_value"),
        ("Expect Email Used to sign in to be li.wei@example.net", "see_value"),
        ("The page should say “1 unsaved change”", "see"),
        ("Verify the page says 'Saved'", "see"),
        ("Don't expect to see 'Passwords don't match.'", "dont_see"),
        ("Expect no “1 unsaved change” anymore", "dont_see"),
        ("The address should include /spa/new", "see_url"),
        ("And then I press Enter", "press"),
        ("Enter", "press"),
        ("Hit “Escape”", "press"),
        ('Then hit "Next"', "click"),
        ("I hit #theatre", "click"),
        ("Switch on the Push notifications switch", "check"),
        ("I cleared Remember my username", "uncheck"),
        ("Check that 'Email' appears", "see"),
        ("Check the Only me radio button", "check"),
        ("Choose JPY in the Currency dropdown", "select"),
        ("Open the Shortcuts link", "click"),
    ],
)
def test_each_clause_asks_for_its_verb(clause: str, verb: str):
    assert choose_verb(clause) == verb


def test_connectives_and_preambles_are_not_clauses():
    task = "As a user, I want to put 'ana' in Username. And then I press Enter"
    assert pieces(task) == ["I want to put 'ana' in Username", "I press Enter"]
    assert pieces("Given I am on the Settings page\nWhen I tick SMS") == ["When I tick SMS"]


def test_a_ticket_key_is_never_part_of_a_clause_and_its_title_is_no_clause():
    def said(task: str) -> list[str]:
        return [task[a:b] for a, b in clauses(task)]

    assert said("QA-77 renaming keeps the order\nrename Alpha to Beta, see 'Beta' first") == [
        "rename Alpha to Beta",
        "see 'Beta' first",
    ]
    # The title is the key's sentence, not only its line.
    assert said("QA-77 renaming keeps the order. rename Alpha to Beta") == ["rename Alpha to Beta"]
    # Alone, or sharing its sentence with more clauses, the key's text is the task's first clause.
    assert said("QA-78 rename Alpha to Beta, see 'Beta' first") == [
        "rename Alpha to Beta",
        "see 'Beta' first",
    ]
    assert said("QA-78 rename Alpha to Beta") == ["rename Alpha to Beta"]
    # What the key heads up to a colon may be the action itself: it stays.
    assert said("QA-81 filter to Beta: Alpha goes, see 'B'") == ["filter to Beta: Alpha goes", "see 'B'"]
    # A title line that opens with an action asks for it.
    assert said("QA-82 click Rename on an empty list\nsee 'Nothing to rename'") == [
        "click Rename on an empty list",
        "see 'Nothing to rename'",
    ]
    assert len(clauses("qa-79 is not a key\nclick Save")) == 2
    assert len(clauses("QA-80 rename Alpha to Beta, then save\nsee 'Beta' first")) == 3


def test_question_marks_inside_names_do_not_end_a_clause():
    task = "Open the Forgot your password? link. See 'Call us.'"
    assert pieces(task) == ["Open the Forgot your password? link", "See 'Call us.'"]


def test_an_apostrophe_does_not_open_a_quotation():
    task = "Don't expect to see 'Passwords don't match.'! Tick SMS"
    assert pieces(task) == ["Don't expect to see 'Passwords don't match.'!", "Tick SMS"]
    assert [s.text for s in value_spans(task)] == ["Passwords don't match."]


def test_a_value_said_again_later_does_not_skip_the_clauses_between():
    task = (
        "I put 'ana' in Username. Next I enter \"hunter2\" as Password. "
        'At last Username should contain "ana".'
    )
    cursor = advance_cursor(task, Step("fill", "Username", "ana"), 0)
    assert task[slice(*next_clause(task, cursor))] == 'Next I enter "hunter2" as Password'


def test_a_name_with_a_comma_is_read_as_one_mention():
    task = "Click the Amara Okafor Lead engineer, Lagoon Analytics link. Verify the URL includes /spa/1"
    cursor = advance_cursor(task, Step("click", "Amara Okafor Lead engineer, Lagoon Analytics"), 0)
    assert choose_verb(task[slice(*next_clause(task, cursor))]) == "see_url"


def test_an_unsaid_step_reads_the_next_clause():
    task = "Log in. Then see 'Welcome'"
    assert advance_cursor(task, Step("click", "Submit"), 0) == len("Log in")


def test_the_prior_ends_the_test_only_when_every_clause_is_used():
    task = "Tick SMS. See 'Saved'"
    assert max(verb_prior(task, 0).items(), key=lambda kv: kv[1])[0] == "check"
    assert verb_prior(task, len(task)) == {END_OF_TEST: 3.0}


def test_setting_a_select_is_choosing_from_it():
    lines = read_outline('[3] combobox "Currency" options: USD | JPY\n[4] textbox "Name"\n')
    assert fit_to_page("fill", "Set Currency to JPY", lines) == "select"
    assert fit_to_page("fill", "Set Name to Ana", lines) == "fill"


def test_values_never_run_across_lines_or_start_with_an_article():
    spans = {
        s.text: s.kind for s in value_spans("* Set Password to hunter2\n* fill in the Name box with Ana")
    }
    assert "hunter2" in spans and not any("\n" in text for text in spans)
    assert not any(text.lower().startswith("the ") for text in spans)
    assert value_spans("The URL should include /spa/new")[0].text == "/spa/new"


def test_a_name_inside_a_longer_name_is_shadowed():
    lines = read_outline('[1] textbox "Password"\n[2] link "Forgot your password?"\n')
    choices = {c.text: c for c in element_choices("Open Forgot your password?", lines, "click", [], 0, "")}
    assert choices["Password"].features[-1] == 1.0
    assert choices["Forgot your password?"].features[-1] == 0.0


def test_a_typed_value_is_penalised_only_when_typing_again():
    task = "Type ana into Username. Username should hold ana"
    history = [Step("fill", "Username", "ana")]
    spans = value_spans(task)
    typing = value_choices(task, spans, [], "value", history, 23, "", typing=True)
    checking = value_choices(task, spans, [], "value", history, 23, "", typing=False)
    used = VALUE_FEATURES.index("used")
    assert typing[-1].features[used] == 1.0 and checking[-1].features[used] == 0.0


@pytest.mark.parametrize(
    ("task", "keys"),
    [
        ("Type Par into City, hit ArrowDown, hit Enter", ["ArrowDown", "Enter"]),
        ("Type Par into City, press the down arrow and then return", ["ArrowDown", "Enter"]),
        ("Open the menu, press Esc, press Tab", ["Escape", "Tab"]),
    ],
)
def test_each_key_press_takes_the_key_its_own_clause_names(task: str, keys: list[str]):
    cursor, pressed = advance_cursor(task, Step("fill", "City", "Par"), 0), []
    for _ in keys:
        choices = value_choices(task, [], [], "key", [], cursor, "")
        key = max(choices, key=score_value).text
        pressed.append(key)
        cursor = advance_cursor(task, Step("press", key), cursor)
    assert pressed == keys


def test_a_clause_is_read_for_the_element_it_names_not_the_ones_already_acted_on():
    lines = read_outline(
        '[1] textbox "Display name"\n[2] button "Save changes"\n[3] textbox "Quiet hours to"'
    )
    task = 'Change the display name to Sam Lee, save, and check that "Quiet hours to" is shown'
    history = [Step("fill", "Display name", "Sam Lee")]
    cursor = advance_cursor(task, history[0], 0)
    choices = element_choices(task, lines, "click", history, cursor, "")
    assert max(choices, key=score_element).text == "Save changes"


def test_a_field_just_filled_is_what_a_value_check_looks_at():
    lines = read_outline('[1] textbox "Password"\n[2] checkbox "Remember my password"')
    task = 'Set Password to "x". Expect Password to be "x". Tick Remember my password checkbox.'
    history = [Step("fill", "Password", "x")]
    choices = element_choices(task, lines, "see_value", history, advance_cursor(task, history[0], 0), "")
    assert max(choices, key=score_element).text == "Password"


def test_a_page_line_said_without_quotes_outranks_the_pieces_inside_it():
    lines = read_outline('"Settings"\n"Settings saved"\n"No changes to save."')
    for task, wanted in [
        ("Hit Save changes and verify we get Settings saved.", "Settings saved"),
        ("Click Save changes. Expected: No changes to save.", "No changes to save."),
    ]:
        history = [Step("click", "Save changes")]
        cursor = advance_cursor(task, history[0], 0)
        choices = value_choices(task, value_spans(task), lines, "text", history, cursor, "", typing=False)
        assert max(choices, key=score_value).text == wanted


def test_a_quotation_alone_is_a_check_and_a_button_name_alone_a_click():
    lines = read_outline('[1] button "Confirm transfer"')
    assert choose_verb('"Seats must be a whole number."') == "see"
    assert fit_to_page(choose_verb("then Confirm transfer"), "then Confirm transfer", lines) == "click"
    assert fit_to_page(choose_verb("confirm the total"), "confirm the total", lines) == "see"


def test_a_check_may_say_only_part_of_a_page_line():
    lines = read_outline(
        'banner\n  "Parcel / Settings 2 unsaved changes"\n"Password should be at least 8 characters"'
    )
    task = "Turn on SMS, then make sure it says 2 unsaved changes"
    history = [Step("check", "SMS")]
    cursor = advance_cursor(task, history[0], 0)
    choices = value_choices(task, value_spans(task), lines, "text", history, cursor, "", typing=False)
    assert max(choices, key=score_value).text == "2 unsaved changes"
    # Words that carry no meaning of their own ("should be") are never taken for a part of a line.
    task = "Turn on SMS and check the error should be shown"
    choices = value_choices(task, value_spans(task), lines, "text", history, cursor, "", typing=False)
    assert "should be" not in {c.text for c in choices}


def test_a_title_line_is_no_clause_and_its_words_no_value():
    from testgen.generate.prompt import task_spans
    from testgen.reading.clauses import clauses, said_verb

    task = (
        'Scenario: adding a todo\n  When I type "Buy milk" into the box and press Enter\n'
        '  Then I see "1 item"'
    )
    assert [task[a:b].strip() for a, b in clauses(task)] == [
        'When I type "Buy milk" into the box',
        "press Enter",
        'I see "1 item"',
    ]
    assert said_verb("Scenario: adding a todo") is None
    assert "adding a todo" not in [s.text for s in task_spans(task)]
    assert [s.text for s in task_spans("Test data: Subject = Help")] == ["Help"]  # notes' values stay values


def test_a_thousands_comma_does_not_end_a_clause():
    task = "type 2,500 into Amount, see '$2,500.00',then click Back"
    assert pieces(task) == ["type 2,500 into Amount", "see '$2,500.00'", "click Back"]


def test_how_often_a_clause_asks_and_the_numbers_it_writes() -> None:
    from testgen.reading.clauses import numbers_in, times_asked

    assert [
        times_asked(c) for c in ("press Next twice", "click + 3 times", "click Next", "'twice' shows")
    ] == [2, 3, 1, 1]
    assert numbers_in("$2,250.00 from TX-1005, 1–10 of 45") == ["2250", "1005", "1", "10", "45"]


def test_terse_absences_are_read() -> None:
    from testgen.reading.clauses import asks_absence

    assert asks_absence("payroll deposit not") and asks_absence("rent should drop out")
    assert asks_absence("it drops off the list") and not asks_absence("this is not right")


def test_a_clause_that_says_an_option_of_a_list_chooses_it():
    lines = read_outline('[3] combobox "Show account" options: All accounts, Savings\n[4] link "Accounts"\n')
    assert fit_to_page("click", "All accounts again", lines) == "select"  # the longest name said is an option
    assert fit_to_page("click", "open Accounts", lines) == "click"


def test_a_one_word_outcome_is_checked_as_a_cut_line_shows_it():
    from testgen.generate.candidates import part_of_a_line

    lines = read_outline(
        '"Transfer complete. $200.00 sent from Checking to Savings. Confirmation number T…"\n'
    )
    task = "hit Send -> see complete"
    clause = (task.index("see"), len(task))
    assert [text for text, *_ in part_of_a_line(task, clause, lines)] == ["complete"]
    cut = "see Confirmation number TX-1005"  # only what the line shows before its cut is offered
    assert [text for text, *_ in part_of_a_line(cut, (0, len(cut)), lines)] == ["Confirmation number"]


def test_a_page_the_test_arrives_at_is_read_apart_from_an_order_to_go_there():
    def places(clause: str) -> list[tuple[str, bool]]:
        return [(place, absent) for _, _, place, absent in places_reached(clause)]

    assert places("Cancel on the xfer form goes back to the dashboard") == [("dashboard", False)]
    assert places("Edit takes you back to the xfer form with the amount kept") == [("xfer form", False)]
    assert places("'Transfer money' on the dashboard opens the xfer form") == [("xfer form", False)]
    assert places("we stay on the log on page") == [("log on page", False)]
    assert places("not the dashboard") == [("dashboard", True)]
    # Orders to go somewhere, a quotation, and a thing in a list are no arrival.
    assert places("go to Transfer") == places("going to Transfer again asks you to log on") == []
    assert places("mask 7730 - back to 'Account ending 7730'") == places("the item is in the list") == []


def test_what_a_check_names_is_no_target_to_act_on():
    task = 'click Sign in -> the address shows "history.html", see "Transaction history"'
    assert acting_part(task, frozenset()).strip(" ,->") == "click Sign in"
    assert "ledger" not in acting_part("deep link to the ledger, log on", frozenset())  # the start page
    # A clause that acts and expects keeps its words: "Searching boots should find Walking boots".
    searching = "Searching boots should find Walking boots"
    assert acting_part(searching, frozenset()) == searching



def test_an_absence_asked_of_a_quotation_is_told_from_one_that_says_it_was_there():
    assert absent_as_said('click Sign in, don\'t see "Good morning"', "Good morning")
    assert not absent_as_said('check that "Free forever plan" is no longer shown', "Free forever plan")
    assert not absent_as_said('see "Good morning"', "Good morning")
