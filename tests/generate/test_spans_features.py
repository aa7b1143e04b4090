"""Value spans of a task and the training-free pointer features."""

from __future__ import annotations

from html_compactor.reader import read_outline
from testgen.generate.candidates import element_choices, value_choices
from testgen.generate.features import Candidate, element_features, rule_scores
from testgen.generate.prompt import task_spans
from testgen.reading.spans import value_spans

from .conftest import OUTLINE


def texts(task: str) -> dict[str, str]:
    return {s.text: s.kind for s in value_spans(task)}


def test_spans_cover_quotes_emails_amounts_and_credentials():
    found = texts('Log in as bob/hunter2, email "ana@example.com" to me and pay $24.00')
    assert found["bob"] == "credential" and found["hunter2"] == "credential"
    assert found["ana@example.com"] == "quoted"
    assert found["$24.00"] == "amount"


def test_a_piece_of_a_quotation_is_not_a_value_of_its_own():
    found = texts('Open Lifetime, then "$12 per month" should be gone and 3 plans shown')
    assert "$12 per month" in found and "$12" not in found and "12" not in found
    assert found["3"] == "number"


def test_span_text_is_the_task_slice():
    task = "Type 'Ana Lopez' into Your name, then enter 42 as the age"
    for span in task_spans(task):
        assert task[span.start : span.end] == span.text
    assert {"Ana Lopez", "42"} <= {s.text for s in task_spans(task)}


def test_lead_in_value_stops_before_the_field_words():
    assert "hello" in texts("Type hello into the What needs to be done? box")


def test_terse_values_after_equals_are_candidates():
    assert "Ana Lopez" in {s.text for s in task_spans("Nickname=Ana Lopez -> Nickname holds 'Ana Lopez'")}


def test_exact_mention_outscores_a_stranger():
    task = "Click the Log in button"
    scores = rule_scores(task, [Candidate("button", "Search"), Candidate("button", "Log in")], "click")
    assert scores[1] > scores[0]


def test_verb_fit_and_used_move_the_score():
    fill_textbox = element_features("fill Name", Candidate("textbox", "Name"), "fill")
    fill_button = element_features("fill Name", Candidate("button", "Name"), "fill")
    assert fill_textbox[4] == 1.0 and fill_button[4] == 0.0
    fresh = rule_scores("press Save", [Candidate("button", "Save")], "click")
    used = rule_scores("press Save", [Candidate("button", "Save", used=True)], "click")
    assert used[0] < fresh[0]


def test_element_choices_only_offer_roles_the_verb_fits():
    lines = read_outline(OUTLINE)
    roles = {c.element.role for c in element_choices("check Gift wrap", lines, "check", [], 0, "")}
    assert roles == {"checkbox"}
    assert {c.element.role for c in element_choices("select Blue", lines, "select", [], 0, "")} == {
        "combobox"
    }


def test_select_offers_the_options_of_its_element():
    lines = read_outline(OUTLINE)
    colour = next(line for line in lines if line.name == "Colour")
    choices = value_choices(
        "Pick Blue as the colour",
        task_spans("Pick Blue as the colour"),
        lines,
        "value",
        [],
        0,
        "",
        colour,
        options=True,
    )
    assert {"Black", "Silver", "Blue"} <= {c.text for c in choices}
