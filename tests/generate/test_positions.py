"""Reading and writing role-and-position names, and the generator's candidates for unnamed elements."""

from __future__ import annotations

import urllib.parse

import pytest

from html_compactor.reader import read_outline
from testgen.generate.baseline import RulePlanner
from testgen.generate.candidates import element_choices
from testgen.generate.live import GenerateConfig, generate_live
from testgen.reading.positions import ordinal, positional_name, read_position, says_position

FIELDS = frozenset({"textbox", "searchbox", "spinbutton"})


@pytest.mark.parametrize(
    ("target", "roles", "index"),
    [
        ("2nd text field", FIELDS, 2),
        ("the last button", frozenset({"button"}), -1),
        ("first checkbox", frozenset({"checkbox"}), 1),
        ("The dropdown", frozenset({"combobox"}), None),
        ("11th link", frozenset({"link"}), 11),
    ],
)
def test_a_role_and_position_name_is_read(target, roles, index):
    position = read_position(target)
    assert position is not None and position.roles == roles and position.index == index


@pytest.mark.parametrize("target", ["Log in", "second thoughts", "0th button", "2nd text field please"])
def test_other_names_are_not_positions(target):
    assert read_position(target) is None


def test_the_writer_and_the_reader_agree():
    for count in (1, 2, 3, 5):
        for place in range(1, count + 1):
            name = positional_name("textbox", place, count)
            position = read_position(name)
            expected = None if count == 1 else (-1 if name.startswith("last") else place)
            assert position is not None and position.index == expected, name
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, -1)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "last"
    ]


def test_a_clause_names_a_position_in_words_or_figures():
    assert says_position("type maria in the second box", "textbox", 2, 3)
    assert says_position("type maria in the 2nd field", "textbox", 2, 3)
    assert says_position("fill the last field", "textbox", 3, 3)
    assert not says_position("fill the last field", "textbox", 2, 3)
    assert says_position("type maria in the empty box", "textbox", 1, 1)  # the only one: its role is enough
    assert not says_position("type maria in the empty box", "textbox", 1, 2)


OUTLINE = 'heading 1 "Sign up"\n[1] textbox\n[2] textbox "Email"\n[3] textbox\n[4] button "Go"\n'


def test_unnamed_fields_are_candidates_named_by_position():
    choices = element_choices("Type maria in the last field", read_outline(OUTLINE), "fill", [], 0, "")
    by_name = {c.text: c.features[0] for c in choices}
    assert by_name == {"1st text field": 0.0, "Email": 0.0, "last text field": 1.0}


def test_a_named_element_said_by_its_place_is_said_outright():
    outline = '[1] tab "Monthly"\n[2] tab "Yearly"\n[3] tab "Lifetime"\n'
    choices = element_choices("Open the second tab", read_outline(outline), "click", [], 0, "")
    assert {c.text: c.features[0] for c in choices} == {"Monthly": 0.0, "Yearly": 1.0, "Lifetime": 0.0}


@pytest.mark.browser
def test_a_test_fills_an_unlabeled_field_by_position(testgen_browser):
    html = ('<h1>Sign up</h1><input><input aria-label="Email"><input>'
            '<button onclick="out.textContent = \'Hello \' + document.querySelectorAll(\'input\')[2].value">'
            'Go</button><p id="out"></p>')
    url = "data:text/html," + urllib.parse.quote(html)
    task = "Type maria in the last field, click Go and check that Hello maria is shown"
    result = generate_live(task, url, RulePlanner, GenerateConfig(step_timeout=2.0), browser=testgen_browser)
    assert result.passed, result.failure
    assert [s.render() for s in result.steps][1:] == [
        'I.fill("last text field", "maria")', 'I.click("Go")', 'I.see("Hello maria")'
    ]
