"""Packed phrasings spelled out one step per clause before the planners read them."""

from __future__ import annotations

import pytest

from testgen.reading.clauses import choose_verb, clauses
from testgen.reading.restate import as_said, restate


def steps_said(task: str) -> list[str]:
    reading = restate(task)
    return [choose_verb(reading[a:b]) for a, b in clauses(reading)]


@pytest.mark.parametrize(
    "task",
    [
        "Sign in as alice with password s3cret! and check the greeting",
        "login alice / s3cret! -> expect the greeting",
        "Log in (alice, s3cret!), then check the greeting",
        "Log in as alice, password s3cret!, then check the greeting",
        "After signing in with alice and s3cret!, check the greeting",
        "alice / s3cret! → check the greeting",
        "As alice/s3cret!, check the greeting",
    ],
)
def test_a_login_is_the_two_fields_and_the_button(task: str):
    reading = restate(task)
    assert '"alice" into the username' in reading and '"s3cret!" into the password' in reading
    assert steps_said(task)[:3] == ["fill", "fill", "click"]
    assert "greeting" in reading


def test_a_password_at_the_end_of_a_sentence_loses_only_the_full_stop():
    assert '"hunter2" into the password, click Log in or Sign in.' in restate("Log in as bob/hunter2. See Hi")


def test_an_action_verb_carries_over_and_to_the_next_target():
    assert steps_said("Turn on Push notifications and SMS, then make sure it says 2 unsaved changes") == [
        "check",
        "check",
        "see",
    ]
    reading = restate("Set the plan to Business and Seats to 3 — the cost must read $60.00")
    assert "and set Seats to 3" in reading
    assert "and pick Asia/Tokyo as the Time zone" in restate(
        "Pick EUR as the Currency and Asia/Tokyo as the Time zone"
    )


@pytest.mark.parametrize(
    "task",
    [
        "Check I agree to the terms and conditions and click Next",  # "and" inside a name
        'Type "salt and pepper" into Search and press Enter',  # "and" inside a quotation
        "Click Save and check that Saved is shown",  # a verb of its own
        "Set the plan to Business and then see $8.00",
        "Open the cart. Remove the mug and see Your cart is empty",
    ],
)
def test_sentences_already_one_step_per_clause_are_left_alone(task: str):
    assert restate(task) == task


def test_a_field_left_blank_is_no_step():
    reading = restate('Put alice in the username box, leave the password blank and press Sign in; expect "x"')
    assert "blank" not in reading and "password" not in reading
    assert steps_said("Put alice in Username, leave the password blank and press Sign in") == [
        "fill",
        "click",
    ]


def test_the_word_after_login_in_the_login_page_is_no_user_name():
    reading = restate("On the login page, log in as bob with hunter2 and see Welcome, bob")
    assert '"bob" into the username' in reading and '"hunter2" into the password' in reading
    assert "page" not in reading.split("On the login page,")[1]


def test_searching_and_filtering_are_typing_and_choosing():
    assert restate("search products for boots and hit enter") == (
        'type "boots" into the products search and hit enter'
    )
    assert restate('Search for "blue mug", then see 3 results') == (
        'type "blue mug" into the search, then see 3 results'
    )
    assert steps_said("Filter the users by Status = Suspended and check that Ava is gone") == [
        "fill",  # a select on the page turns it into `select` (clauses.fit_to_page)
        "dont_see",
    ]


@pytest.mark.parametrize(
    "clause", ["then close it with Escape", "pressing Enter", "submit by hitting the Enter key"]
)
def test_a_key_named_as_the_means_is_a_key_press(clause: str):
    assert choose_verb(clause) == "press"


def test_what_a_terse_note_says_after_an_arrow_is_checked_up_to_the_next_action():
    assert steps_said("hit Review, hit Send -> complete, TX ref TX-1005") == ["click", "click", "see", "see"]
    assert steps_said("blank add -> err, then type 'Mop' into Title") == ["click", "see", "fill"]
    assert steps_said("open the menu -> click Settings") == ["click", "click"]
    assert restate('Save → "Saved"') == 'Save → "Saved"'  # a quotation is a check already


def test_what_follows_an_expectation_label_is_checked_line_after_line_up_to_the_next_action():
    assert restate('Press Save. Expected: "Saved" and 2 items left') == (
        'Press Save. Expected: "Saved" and see 2 items left'
    )
    said = restate("tick Bread. Expected: Bought Bread. and count change to 3 items to buy")
    assert said.endswith("Expected: see Bought Bread. and see count change to 3 items to buy")
    assert restate("Expected:\n- Saved\n- 2 items left\nClick Next") == (
        "Expected:\n- see Saved\n- see 2 items left\nClick Next"
    )


def test_the_valued_lines_under_a_title_that_expects_are_checks():
    assert restate("HB-130 dashboard shows opening balances\n4821 at $2,450.00, 7730 at $10,120.55") == (
        "HB-130 dashboard shows opening balances\nsee 4821 at $2,450.00, see 7730 at $10,120.55"
    )
    packed = "HB-312 ledger count shows 6 after one xfer\n25 from 4821 to 7730, hit Review"
    assert restate(packed) == packed  # no amount, no quotation: the team's packed transfer, not a check


def test_the_clauses_read_as_checks_are_where_restate_puts_see():
    from testgen.reading.restate import expected_clauses

    task = 'Save -> Saved, 2 items left. Expected: "Done" and 3 more\nClick Next'
    said = restate(task)
    assert said == 'Save -> see Saved, see 2 items left. Expected: "Done" and see 3 more\nClick Next'
    assert sorted(task[at:].split()[0] for at in expected_clauses(task)) == ["2", "3", "Saved,"]


def test_a_check_an_arrow_implies_is_quoted_as_the_task_says_it():
    task = "hit Send -> complete, TX ref TX-1005"
    reading = restate(task)
    said = [reading[a:b] for a, b in clauses(reading)]
    assert "see complete" in said and as_said(task, "see complete") == "complete"
    assert as_said("then see complete", "see complete") == "see complete"  # said so: kept


def test_a_name_alone_before_an_arrow_is_clicked_and_after_one_is_seen():
    assert restate("'See all transactions' -> 'Transaction history'") == (
        "click 'See all transactions' -> 'Transaction history'")
    assert restate('Save -> "Saved" -> "Synced"').count("click") == 0
