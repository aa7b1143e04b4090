"""English rendering: every style names every value at the recorded span; held-out styles stay out."""

import random

import pytest

from testgen.data.english import HELDOUT_STYLES, STYLES, TRAIN_STYLES, Action, describe

ACTIONS = [
    Action("open", value="the login page"),
    Action("fill", "Username", "bob", "textbox"),
    Action("fill", "Password", "hunter 2", "textbox"),
    Action("select", "Country", "New Zealand", "combobox"),
    Action("check", "Remember me", role="checkbox"),
    Action("click", "Log in", role="button"),
    Action("press", key="Escape"),
    Action("see", value="Welcome, bob"),
    Action("dont_see", value="Sign in"),
    Action("see_value", "Username", "bob", "textbox"),
    Action("see_url", value="/dashboard"),
]


@pytest.mark.parametrize("style", STYLES)
def test_every_value_sits_at_its_span(style):
    rng = random.Random(7)
    for _ in range(40):
        description = describe(ACTIONS, rng, style, typo_rate=0.3)
        for action, span in zip(ACTIONS[1:], description.value_spans[1:], strict=True):
            if action.value is not None:
                assert span is not None, (style, action, description.text)
                assert description.text[span[0]:span[1]] == action.value
        for name in ("Username", "Password", "Country", "Remember me", "Log in"):
            assert name in description.text


def test_styles_differ_and_random_choice_avoids_heldout():
    rng = random.Random(3)
    texts = {describe(ACTIONS, rng, style).text for style in STYLES}
    assert len(texts) == len(STYLES)
    chosen = {describe(ACTIONS, rng).style for _ in range(200)}
    assert chosen == set(TRAIN_STYLES)
    assert not chosen & set(HELDOUT_STYLES)


def test_same_seed_same_text_and_phrasings_vary():
    first = describe(ACTIONS, random.Random(11), "imperative").text
    assert first == describe(ACTIONS, random.Random(11), "imperative").text
    rng = random.Random(0)
    assert len({describe(ACTIONS, rng, "imperative").text for _ in range(30)}) > 25


def test_typos_never_touch_names_or_values():
    rng = random.Random(5)
    typo_seen = False
    for _ in range(100):
        text = describe(ACTIONS, rng, "imperative", typo_rate=1.0).text
        assert "Welcome, bob" in text and "New Zealand" in text and "Remember me" in text
        clean = describe(ACTIONS, random.Random(0), "imperative", typo_rate=0.0).text
        typo_seen |= text != clean
    assert typo_seen
