"""Elements named by role and position: unlabeled fields are common on real pages."""

from __future__ import annotations

import pytest

from testgen.runtime import TargetNotFound

pytestmark = pytest.mark.browser

FORM = """<h1>Sign up</h1>
<input id="a"> <input id="b" aria-label="Email"> <input id="c">
<input type="checkbox" id="agree"> <input type="text" id="hidden" hidden>
<button onclick="out.textContent = [a.value, b.value, c.value, agree.checked].join('/')">Go</button>
<button>Stop</button><p id="out"></p>"""


def test_fields_are_counted_in_page_order_named_or_not(actor, page):
    page.set_content(FORM)
    actor.fill("1st text field", "ana")
    actor.fill("2nd text field", "ana@example.com")  # the labelled one still counts
    actor.fill("last text field", "x")  # the hidden field is not counted
    actor.check("the checkbox")
    actor.click("1st button")
    actor.see("ana/ana@example.com/x/true")


def test_a_name_on_the_page_wins_over_a_position(actor, page):
    page.set_content('<button>Start</button><button>2nd button</button><p id="o"></p>'
                     '<script>document.querySelectorAll("button")[1].onclick = () => o.textContent = "named"'
                     '</script>')
    actor.click("2nd button")
    actor.see("named")


@pytest.mark.parametrize(
    ("call", "wanted"),
    [
        (lambda actor: actor.fill("4th text field", "q"), 'the page shows 3 (textbox "", textbox "Email"'),
        (lambda actor: actor.click("the button"), 'the page shows 2 (button "Go", button "Stop")'),
    ],
)
def test_a_position_that_names_no_single_element_lists_them(actor, page, call, wanted):
    page.set_content(FORM)
    with pytest.raises(TargetNotFound, match="names no single element") as caught:
        call(actor)
    assert wanted in str(caught.value)
