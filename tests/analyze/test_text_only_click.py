"""The runtime's rule for a click whose words match only text (a heading, a paragraph)."""

from __future__ import annotations

import pytest

from testgen.runtime import Actor, RuntimeConfig, TextOnlyMatch

pytestmark = pytest.mark.browser

RENAMED = """<h1>Sign in to online banking</h1>
<form onsubmit="event.preventDefault(); document.querySelector('#out').textContent = 'Welcome'">
<button type="submit">Log in</button></form><p id="out"></p>"""
HIDDEN = """<h1>Sign in to online banking</h1>
<button type="button" style="display:none">Sign in</button><button type="button">Help</button>"""
TEXT_ONLY = """<h1>Terms</h1><p onclick="this.textContent = 'Read'">Read the terms</p>
<button type="button">Help</button>"""


@pytest.fixture
def actor(page, tmp_path):
    tester = Actor(RuntimeConfig(timeout=3.0, poll_interval=0.05, artifacts=tmp_path / "artifacts"))
    tester.bind(page)
    yield tester
    tester.unbind()


def test_text_matching_only_a_heading_while_a_control_reads_like_it_is_an_error_naming_both(actor, page):
    page.set_content(RENAMED)
    with pytest.raises(TextOnlyMatch) as failure:
        actor.click("Sign in")
    message = str(failure.value)
    assert 'heading "Sign in to online banking"' in message and 'button "Log in"' in message
    assert page.inner_text("#out") == ""  # nothing was clicked


def test_a_hidden_control_with_the_words_is_named_too(actor, page):
    page.set_content(HIDDEN)
    with pytest.raises(TextOnlyMatch, match=r'button "Sign in" \(hidden\)'):
        actor.click("Sign in")


def test_plain_text_stays_clickable_when_no_control_is_meant(actor, page):
    page.set_content(TEXT_ONLY)
    actor.click("Read the terms")
    assert page.inner_text("p") == "Read"


def test_a_text_said_whole_is_clicked_even_when_a_control_reads_a_little_like_it(actor, page):
    page.set_content("""<div onclick="this.textContent = 'Offer opened'">Subscribe for $1 a week</div>
    <footer><a href="#subscribe">Subscribe</a></footer>""")
    actor.click("Subscribe for $1 a week")
    assert page.inner_text("div") == "Offer opened"
