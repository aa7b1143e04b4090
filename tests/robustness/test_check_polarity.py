"""A check means what the sentence says: "see X" never becomes `dont_see(X)`, a check never stands for
another clause's, and when the check does not hold the answer is a refusal that says so."""

from __future__ import annotations

import pytest

from testgen.generate.baseline import RulePlanner
from testgen.generate.errors import CheckDoesNotHold
from testgen.generate.live import (
    GenerateConfig,
    checks_what_is_left,
    generate_live,
    generate_offline,
    supported,
)
from testgen.generate.load import BASE_MODEL, planner_factory
from testgen.generate.planner import PageView, Proposal
from testgen.reading.clauses import asks_absence, polarity_of
from testgen.step import Step

CONFIG = GenerateConfig(step_timeout=5.0)  # generous: the checks here are about what is refused, not speed
needs_model = pytest.mark.skipif(not BASE_MODEL.is_dir(), reason="no shipped model in testgen/weights/base")


@pytest.mark.parametrize(
    ("clause", "absent"),
    [
        ("see Featured products", False),
        ('check that "No longer available" is shown', False),  # the page's words, quoted, never negate
        ("the banner disappears", True),
        ("the cart no longer shows Mug", True),
        ("Welcome should not be visible", True),
        ("the price is €39.30", False),
    ],
)
def test_only_the_sentence_says_a_thing_is_gone(clause, absent):
    assert asks_absence(clause) is absent


@pytest.mark.parametrize(
    ("task", "step", "allowed"),
    [
        ('Click "Log in" and see "Featured products"', Step("dont_see", "Featured products"), False),
        ('Click "Log in" and see "Featured products"', Step("see", "Featured products"), True),
        ("Remove the mug and check the cart no longer shows Mug", Step("see", "Mug"), False),
        ("Remove the mug and check the cart no longer shows Mug", Step("dont_see", "Mug"), True),
        ("see Hello world", Step("dont_see", "Hello world"), False),
        ("Open the product page; the price is €39.30", Step("dont_see", "€39.30"), False),
        ("Click Dismiss and the banner disappears", Step("dont_see", "Cookie banner"), True),
    ],
)
def test_a_check_keeps_the_sense_the_sentence_gives_it(task, step, allowed):
    assert polarity_of(task, step.target) and supported(task, step) is allowed


def test_a_check_of_a_clause_already_done_does_not_stand_for_the_next():
    task = 'Click "Log in" and see "Featured products"'
    done = [Step("click", "Log in")]
    assert not checks_what_is_left(task, done, Step("see", "Log in"))
    assert checks_what_is_left(task, done, Step("see", "Featured products"))


class Inverting:
    """The rule planner's proposals, each check followed by its inverse and by a check of an earlier
    clause's words: what a planner that ranks the wrong candidates high offers when the check fails."""

    def __init__(self, task: str) -> None:
        self.rules = RulePlanner(task)

    def propose(self, page: PageView, history: list[Step]) -> list[Proposal]:
        out = []
        for proposal in self.rules.propose(page, history):
            out.append(proposal)
            step = proposal.step
            if step is not None and step.verb == "see":
                out += [Proposal(Step("dont_see", step.target), -1.0)]
                out += [Proposal(Step("see", s.target), -2.0) for s in history if s.target]
        return out + [Proposal(None, -3.0)]


@pytest.mark.browser
def test_a_check_that_does_not_hold_is_refused_live(sites_url, testgen_browser):
    task = 'Click "Log in" and see "Featured products"'
    with pytest.raises(CheckDoesNotHold, match=r"Featured products.*does not hold.*did not see"):
        generate_live(task, f"{sites_url}/shop/", Inverting, CONFIG, browser=testgen_browser)


@pytest.mark.browser
def test_a_check_that_holds_still_passes_live(sites_url, testgen_browser):
    task = 'Click "Log in" and see "Username"'
    result = generate_live(task, f"{sites_url}/shop/", Inverting, CONFIG, browser=testgen_browser)
    assert result.passed, result.failure
    assert [s.render() for s in result.steps][1:] == ['I.click("Log in")', 'I.see("Username")']


def test_offline_a_check_the_saved_page_cannot_pass_is_refused(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<main><button>Go</button><p>Welcome</p></main>")
    with pytest.raises(CheckDoesNotHold, match="Hello world"):
        generate_offline("see Hello world", str(page), Inverting, CONFIG)
    assert [s.render() for s in generate_offline("see Welcome", str(page), Inverting, CONFIG)] == [
        'I.see("Welcome")'
    ]


@needs_model
@pytest.mark.parametrize(
    ("html", "task"),
    [
        ("<main><h1>Shop</h1><button>Add to cart</button><p>Price: €42.00</p></main>", "the price is €39.30"),
        ("<main><button>Go</button><p>Hi</p></main></html><p>Hello world</p>", "see Hello world"),
        ("<main><button>Log in</button><p>Featured products</p></main>", 'Click "Log in" and see "Welcome"'),
    ],
)
def test_the_shipped_model_never_inverts_a_check_offline(tmp_path, html, task):
    page = tmp_path / "page.html"
    page.write_text(html)
    try:
        steps = generate_offline(task, str(page), planner_factory("model"), CONFIG)
    except CheckDoesNotHold as err:
        assert "does not hold" in str(err) or "nothing there matches" in str(err)
        return
    except Exception as err:  # noqa: BLE001 - any other refusal is fine, an inverted test is not
        assert "Traceback" not in str(err)
        return
    assert all(s.verb != "dont_see" for s in steps), steps


@needs_model
@pytest.mark.slow
@pytest.mark.browser
def test_the_shipped_model_refuses_a_check_that_does_not_hold(sites_url, testgen_browser):
    task = 'Click "Log in" and see "Featured products"'
    with pytest.raises(CheckDoesNotHold, match="Featured products"):
        generate_live(task, f"{sites_url}/shop/", planner_factory("model"), CONFIG, browser=testgen_browser)
