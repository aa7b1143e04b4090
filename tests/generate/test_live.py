"""The live loop on the example sites: the shipped model, the fallback to the next candidate, bad input."""

from __future__ import annotations

import pytest

from testgen.generate.baseline import RulePlanner
from testgen.generate.errors import GenerateError, NoAssertion, NothingToTest, PageUnreachable
from testgen.generate.live import GenerateConfig, generate_live, generate_offline
from testgen.generate.load import BASE_MODEL, planner_factory
from testgen.generate.planner import PageView, Proposal
from testgen.reading.vocabulary import Vocabulary
from testgen.step import Step

pytestmark = pytest.mark.browser
CONFIG = GenerateConfig(step_timeout=2.0)


@pytest.fixture
def browser(testgen_browser):
    """The process's browser (the plugin's), shared with every other browser test of this worker."""
    return testgen_browser


class CheckTooEarly:
    """Proposes the task's check before anything else, so on the first step it fails (not shown yet)."""

    def __init__(self, task: str) -> None:
        self.rules = RulePlanner(task)

    def propose(self, page: PageView, history: list[Step]) -> list[Proposal]:
        proposals = self.rules.propose(page, history)
        if history:
            return proposals
        return [Proposal(Step("see", "$120 per year"), 0.0), *proposals]


@pytest.mark.skipif(not BASE_MODEL.is_dir(), reason="no shipped model in testgen/weights/base")
def test_the_shipped_model_writes_a_passing_test(sites_url, browser):
    task = 'Click the Yearly tab and check that "$120 per year" is shown'
    seen: list[str] = []
    result = generate_live(task, f"{sites_url}/widgets/", planner_factory("model"), CONFIG, browser=browser,
                           on_step=lambda step: seen.append(step.render()))
    assert result.passed, result.failure
    steps = [s.render() for s in result.steps]
    assert steps[0].startswith("I.go_to(") and steps[1:] == seen
    assert 'I.click("Yearly")' in steps and 'I.see("$120 per year")' in steps


def test_a_failing_candidate_gives_way_to_the_next(sites_url, browser):
    task = 'Click the Yearly tab and check that "$120 per year" is shown'
    result = generate_live(task, f"{sites_url}/widgets/", CheckTooEarly, CONFIG, browser=browser)
    assert result.passed, result.failure
    failed = [a for a in result.attempts if a.error]
    assert [a.step for a in failed] == ['I.see("$120 per year")']
    assert [s.render() for s in result.steps][1:] == ['I.click("Yearly")', 'I.see("$120 per year")']


def test_the_clean_rerun_catches_a_test_that_only_passed_by_luck(sites_url, browser):
    task = 'Click the Yearly tab and check that "$120 per year" is shown'
    hide = "document.addEventListener('DOMContentLoaded', () => document.body.innerHTML = '<p>gone</p>')"
    calls = []

    def route(context):
        calls.append(context)
        if len(calls) == 2:  # only the clean re-run sees the broken page
            context.add_init_script(script=hide)

    result = generate_live(task, f"{sites_url}/widgets/", RulePlanner, CONFIG, browser=browser, route=route)
    assert not result.passed and "step" in result.failure


@pytest.mark.parametrize("task", ["", "   ", "!!! ???", "1 2 3"])
def test_a_meaningless_sentence_is_refused(sites_url, browser, task):
    with pytest.raises(NothingToTest):
        generate_live(task, f"{sites_url}/widgets/", RulePlanner, CONFIG, browser=browser)


def test_a_url_that_does_not_answer(browser):
    with pytest.raises(PageUnreachable, match="did not answer"):
        generate_live("Click Save and see Saved", "http://127.0.0.1:9/", RulePlanner, CONFIG, browser=browser)


def test_a_missing_page_is_unreachable(sites_url, browser):
    with pytest.raises(PageUnreachable, match="404"):
        generate_live("Click Save and see Saved", f"{sites_url}/no-such-site/", RulePlanner, CONFIG,
                      browser=browser)


def test_a_page_with_nothing_to_act_on(browser):
    with pytest.raises(NothingToTest, match="nothing to act on"):
        generate_live("Click Save and see Saved", "data:text/html,<p>Just words here.</p>", RulePlanner,
                      CONFIG, browser=browser)


def test_asking_for_what_the_page_cannot_do_is_not_a_passing_test(sites_url, browser):
    with pytest.raises(GenerateError):
        generate_live("Upload my passport photo and see 'Verified'", f"{sites_url}/todo/", RulePlanner,
                      CONFIG, browser=browser)


def test_a_sentence_that_checks_nothing_gives_no_test(sites_url, browser):
    with pytest.raises(NoAssertion, match="say what should be seen"):
        generate_live("Click the Yearly tab", f"{sites_url}/widgets/", RulePlanner, CONFIG, browser=browser)


def test_offline_mode_plans_on_a_saved_page(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<main><label>Name <input name=n></label><button>Save</button><p>Ready</p></main>")
    steps = generate_offline('Type "Ana" into Name, click Save and check that "Ready" is shown', str(page),
                             RulePlanner, CONFIG)
    assert [s.render() for s in steps] == ['I.fill("Name", "Ana")', 'I.click("Save")', 'I.see("Ready")']


def test_a_text_never_on_the_page_is_not_checked_as_gone(sites_url, browser):
    task = 'Click the Yearly tab and check that "Free forever plan" is no longer shown'
    with pytest.raises(GenerateError):
        generate_live(task, f"{sites_url}/widgets/", RulePlanner, CONFIG, browser=browser)


def test_a_team_vocabulary_restates_the_task_on_its_own_site_only(sites_url, browser):
    sign_in = (
        Step("fill", "Username", "alice"), Step("fill", "Password", "s3cret!"), Step("click", "Sign in")
    )
    team = Vocabulary({}, sign_in, ("/bank/",), frozenset({"log"}))
    task = "log on, should show 'Signed in as alice'"
    result = generate_live(task, f"{sites_url}/bank/", RulePlanner, CONFIG, browser=browser, vocabulary=team)
    assert result.passed and [s.render() for s in result.steps[1:4]] == [s.render() for s in sign_in]
    assert result.task == task and task in result.script.render()  # the test keeps the words as written
    elsewhere = Vocabulary({}, sign_in, ("/shop/",), frozenset({"log"}))
    with pytest.raises(GenerateError):
        generate_live(task, f"{sites_url}/bank/", RulePlanner, CONFIG, browser=browser, vocabulary=elsewhere)


def test_a_refusal_on_a_restated_task_quotes_the_words_as_written(sites_url, browser):
    sign_in = (
        Step("fill", "Username", "alice"), Step("fill", "Password", "s3cret!"), Step("click", "Sign in")
    )
    team = Vocabulary({"zap": "Teleport"}, sign_in, ("/bank/",), frozenset({"log"}))
    task = "log on, zap it, should show 'Signed in as alice'"
    with pytest.raises(GenerateError) as refused:
        generate_live(task, f"{sites_url}/bank/", RulePlanner, CONFIG, browser=browser, vocabulary=team)
    message = str(refused.value)
    assert repr(task) in message and "Teleport" not in message and 'type "alice"' not in message


BUSY_PAGE = (
    "data:text/html,<button id=b onclick=\"this.disabled=true;this.textContent='Processing...';"
    "setTimeout(()=>{document.getElementById('m').innerHTML="
    "'Order placed. Reference <b>ORD-77</b>, total 12.00.';"
    "this.disabled=false;this.textContent='Place order'},700)\">Place order</button><p id=m></p>"
)


def test_what_a_busy_page_brings_about_is_read_once_it_is_done(browser):
    task = "Click Place order and check that Order placed is shown"
    result = generate_live(task, BUSY_PAGE, RulePlanner, CONFIG, browser=browser)
    assert result.passed, result.failure
    assert [s.render() for s in result.steps[1:]] == ['I.click("Place order")', 'I.see("Order placed")']


def test_a_team_that_checks_whole_lines_gets_the_whole_line(browser):
    team = Vocabulary(whole_lines=True)
    task = "Click Place order -> ORD-77"  # shown in bold inside the line
    result = generate_live(task, BUSY_PAGE, RulePlanner, CONFIG, browser=browser, vocabulary=team)
    assert result.passed, result.failure
    assert 'I.see("Order placed. Reference ORD-77, total 12.00.")' in [s.render() for s in result.steps]


@pytest.mark.skipif(not BASE_MODEL.is_dir(), reason="no shipped model in testgen/weights/base")
def test_a_page_the_team_names_is_checked_as_its_tests_check_it_and_its_absence_as_said(sites_url, browser):
    sign_in = (
        Step("fill", "Username", "alice"), Step("fill", "Password", "s3cret!"), Step("click", "Sign in")
    )
    places = {"ledger": (Step("see_url", "history.html"), Step("see", "Transaction history")),
              "dashboard": (Step("see", "Good morning, Alice"),)}
    team = Vocabulary({}, sign_in, ("/bank/",), frozenset({"log"}), places=places)
    task = "deep link to the ledger, log on -> back on the ledger, not the dashboard"
    result = generate_live(task, f"{sites_url}/bank/history.html", planner_factory("model"), CONFIG,
                           browser=browser, vocabulary=team)
    assert result.passed, result.failure
    # The greeting was never on the page, yet its absence is what the sentence asks: it is checked.
    assert [s.render() for s in result.steps[4:]] == [
        'I.see_url("history.html")', 'I.see("Transaction history")', 'I.dont_see("Good morning, Alice")'
    ]


def test_a_check_that_does_not_hold_is_quoted_as_the_sentence_says_it(browser):
    with pytest.raises(GenerateError) as refused:
        generate_live("Click Place order -> Payment declined", BUSY_PAGE, RulePlanner, CONFIG,
                      browser=browser)
    assert "the sentence expects 'Payment declined'" in str(refused.value)
