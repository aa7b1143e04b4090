"""Faithfulness: every clause realized by a step, every expectation by a check that could fail, or a
refusal that names the clause."""

from __future__ import annotations

import pytest

from testgen.generate.baseline import RulePlanner
from testgen.generate.errors import CheckDoesNotHold, ClauseNotRealized, StepNotFound
from testgen.generate.faithful import map_clauses, require_faithful
from testgen.generate.live import GenerateConfig, PageMemory, generate_live, script_for
from testgen.generate.planner import PageView, Proposal
from testgen.step import Step, TestScript

LOGIN = 'Log in as bob with password hunter2, then check that "Welcome, bob" is shown'
LOGIN_STEPS = [
    Step("fill", "Username", "bob"),
    Step("fill", "Password", "hunter2"),
    Step("click", "Log in"),
    Step("see", "Welcome, bob"),
]
CONFIG = GenerateConfig(step_timeout=2.0)


def test_each_step_belongs_to_the_clause_that_says_its_words() -> None:
    mapping = map_clauses(LOGIN, LOGIN_STEPS)
    assert [(c.text, c.steps) for c in mapping.clauses] == [
        ("Log in as bob with password hunter2", [1, 2, 3]),
        ('check that "Welcome, bob" is shown', [4]),
    ]
    assert mapping.unrealized == []


def test_a_test_that_stops_early_leaves_the_rest_of_the_sentence_unrealized() -> None:
    mapping = map_clauses(LOGIN, LOGIN_STEPS[:3])
    assert [(c.text, c.problem) for c in mapping.unrealized] == [
        ('check that "Welcome, bob" is shown', "no step does it")
    ]


def test_a_check_clause_done_by_an_action_alone_is_not_checked() -> None:
    task = "Add milk, then the list should show milk"
    mapping = map_clauses(
        task, [Step("fill", "New todo", "milk"), Step("press", "Enter"), Step("click", "milk")]
    )
    unrealized = [(c.text, c.problem) for c in mapping.unrealized]
    assert unrealized == [("the list should show milk", "no step checks it")]


def test_steps_follow_the_order_of_the_clauses() -> None:
    task = "Click Save, then click Cancel and check that Saved is shown"
    mapping = map_clauses(task, [Step("click", "Cancel"), Step("click", "Save"), Step("see", "Saved")])
    # Cancel is said after Save, so the Save that follows Cancel cannot go back to the first clause alone.
    owners = [i for n in (1, 2, 3) for i, c in enumerate(mapping.clauses) if n in c.steps]
    assert owners == sorted(owners) and owners[-1] == 2
    assert mapping.clauses[0].steps != [2]


def test_the_opening_go_to_realizes_a_clause_that_says_where_the_test_starts() -> None:
    task = "Open the app, click Yearly and check that $120 per year is shown"
    mapping = map_clauses(task, [Step("click", "Yearly"), Step("see", "$120 per year")])
    assert mapping.clauses[0].steps == [0] and mapping.unrealized == []
    skipped = map_clauses("Open the Settings tab, check that Dark mode is shown", [Step("see", "Dark mode")])
    assert [c.text for c in skipped.unrealized] == ["Open the Settings tab"]  # an action the steps went past


def test_a_clause_the_steps_went_past_is_held_only_when_it_opens_with_an_action_on_something() -> None:
    steps = [Step("click", "Pending"), Step("click", "Mark as open"), Step("see", "Marked as open")]
    task = "Pending tickets, click Pending, pick the export one, click Mark as open: Marked as open"
    assert [c.text for c in map_clauses(task, steps).unrealized] == ["pick the export one"]
    aside = "Pending tickets, click Pending, the export one is fine, click Mark as open: Marked as open"
    assert map_clauses(aside, steps).unrealized == []  # no action: an aside
    pronoun = [Step("click", "Roadmap.pdf"), Step("click", "Delete"), Step("see", "Deleted")]
    assert map_clauses("Click Roadmap.pdf, select it, click Delete: Deleted", pronoun).unrealized == []


def test_an_action_word_outside_the_test_language_is_held_to_a_step_too() -> None:
    steps = [Step("click", "Sign in"), Step("click", "Log out"), Step("see", "Signed out")]
    task = "click Sign in, filter the ledger to 0092, click Log out: Signed out"
    assert [c.text for c in map_clauses(task, steps).unrealized] == ["filter the ledger to 0092"]
    # "search" has no verb of the test language, yet it is the click on Search flights.
    flights = [Step("fill", "From", "Oslo"), Step("click", "Search flights"), Step("see", "3 flights")]
    mapping = map_clauses("from Oslo, search. Result: 3 flights", flights)
    assert mapping.unrealized == [] and mapping.clauses[1].steps == [2]
    # A title line is no action, whatever word opens it.
    titled = 'Search within a view\n1. Type "refund" into Search\n2. See "No tickets"'
    assert map_clauses(titled, [Step("fill", "Search", "refund"), Step("see", "No tickets")]).unrealized == []


def test_the_title_of_a_written_up_test_case_asks_for_nothing() -> None:
    task = 'Refund flow\n1. Click Refund\n2. Check that "Refunded" is shown'
    mapping = map_clauses(task, [Step("click", "Refund"), Step("see", "Refunded")])
    assert mapping.unrealized == [] and mapping.clauses[0].steps == []


def test_the_refusal_names_the_clause_and_the_closest_element() -> None:
    with pytest.raises(ClauseNotRealized) as caught:
        require_faithful(LOGIN, LOGIN_STEPS[:3], [("link", "Welcome page"), ("button", "Log out")])
    message = str(caught.value)
    assert "could not do 'check that \"Welcome, bob\" is shown'" in message
    assert "closest on the page: link 'Welcome page'" in message
    assert caught.value.clause_map.unrealized[0].text == 'check that "Welcome, bob" is shown'


def test_the_test_module_shows_each_clause_above_its_first_step() -> None:
    script = script_for(LOGIN, "http://x/", LOGIN_STEPS, map_clauses(LOGIN, LOGIN_STEPS))
    lines = script.render().splitlines()
    at = lines.index('    I.fill("Username", "bob")')
    assert lines[at - 1] == "    # Log in as bob with password hunter2"
    assert lines[lines.index('    I.see("Welcome, bob")') - 1] == '    # check that "Welcome, bob" is shown'
    assert TestScript.parse(script.render()).steps() == script.steps()  # comments change no step


def test_the_clause_map_is_in_the_json_answer() -> None:
    mapping = map_clauses(LOGIN, LOGIN_STEPS[:3]).to_dict()
    assert [c["steps"] for c in mapping["clauses"]] == [[1, 2, 3], []]
    left = [{"text": 'check that "Welcome, bob" is shown', "problem": "no step does it"}]
    assert mapping["unrealized"] == left


def test_a_check_of_what_the_start_page_showed_could_not_fail() -> None:
    memory = PageMemory("widget gallery pricing plans monthly yearly")
    clicked = [Step("click", "Yearly")]
    stale = Step("see", "Widget gallery")
    assert memory.could_fail("see Widget gallery", [], stale)  # before any action: the start page is checked
    assert not memory.could_fail("Click Yearly and see Widget gallery", clicked, stale)
    assert memory.could_fail("Click Yearly and the Widget gallery heading stays", clicked, stale)
    memory.changed = "widget gallery"
    assert memory.could_fail("Click Yearly and see Widget gallery", clicked, stale)  # a step changed it


class StopsAfterTwo:
    """The rules' steps, but the test ends after two of them whatever the sentence still asks."""

    def __init__(self, task: str) -> None:
        self.rules = RulePlanner(task)

    def propose(self, page: PageView, history: list[Step]) -> list[Proposal]:
        return [Proposal(None, 0.0)] if len(history) >= 2 else self.rules.propose(page, history)


@pytest.mark.browser
def test_a_test_that_would_stop_early_is_refused_naming_the_clause(sites_url, testgen_browser) -> None:
    task = 'Click the Yearly tab, check that "$120 per year" is shown, then click Monthly'
    with pytest.raises(StepNotFound, match="could not do 'click Monthly'"):
        generate_live(task, f"{sites_url}/widgets/", StopsAfterTwo, CONFIG, browser=testgen_browser)


@pytest.mark.browser
def test_a_check_of_text_shown_before_the_action_is_refused(sites_url, testgen_browser) -> None:
    task = 'Click the Yearly tab and check that "Widget gallery" is shown'
    with pytest.raises(CheckDoesNotHold, match="showed it before any step changed it"):
        generate_live(task, f"{sites_url}/widgets/", RulePlanner, CONFIG, browser=testgen_browser)


@pytest.mark.browser
def test_a_faithful_test_carries_its_clause_map(sites_url, testgen_browser) -> None:
    task = 'Click the Yearly tab and check that "$120 per year" is shown'
    result = generate_live(task, f"{sites_url}/widgets/", RulePlanner, CONFIG, browser=testgen_browser)
    assert result.passed, result.failure
    assert [c["steps"] for c in result.to_dict()["clause_map"]["clauses"]] == [[1], [2]]
    assert '    # check that "$120 per year" is shown' in result.script.render()


def test_a_check_of_a_scrap_does_not_realize_an_expectation() -> None:
    task = "Export CSV. A message says 45 orders were exported"
    scrap = map_clauses(task, [Step("click", "Export CSV"), Step("see", "45")])
    assert [(c.text, c.problem) for c in scrap.unrealized] == [
        ("A message says 45 orders were exported", 'I.see("45") checks a scrap of it')
    ]
    whole = map_clauses(task, [Step("click", "Export CSV"), Step("see", "Exported 45 orders")])
    assert whole.unrealized == []


def test_the_address_is_checked_only_where_the_sentence_speaks_of_it() -> None:
    steps = [Step("click", "Last 7 days"), Step("see_url", "7")]
    assert map_clauses("Click Last 7 days and only 2 orders show", steps).unrealized
    url = [Step("click", "Orders"), Step("see_url", "/orders")]
    assert not map_clauses("Click Orders and check the URL ends in /orders", url).unrealized


def test_a_field_checked_empty_is_a_check() -> None:
    task = "Click Clear and the Item name box should be empty again"
    steps = [Step("click", "Clear"), Step("see_value", "Item name", "")]
    assert map_clauses(task, steps).unrealized == []


def test_the_text_a_check_expects_is_never_typed() -> None:
    from testgen.generate.live import supported

    task = 'Search for boots and check that "Results for boots" is shown'
    assert supported(task, Step("fill", "Search", "boots"))
    assert not supported(task, Step("fill", "Search", "Results for boots"))
    assert supported(
        'Type "Results for boots" into Notes and check that it is saved',
        Step("fill", "Notes", "Results for boots"),
    )  # asked to type it: typed


def test_an_element_named_only_by_what_a_check_expects_is_never_acted_on() -> None:
    from testgen.generate.live import supported

    task = 'click Sign in -> the address shows "history.html", see "Transaction history"'
    assert not supported(task, Step("click", "History"))
    assert supported(task, Step("see", "Transaction history"))
    assert supported('open History -> see "Transaction history"', Step("click", "History"))
    # Where the test starts names no element: "deep link" speaks of no link on the page.
    assert not supported("deep link to the ledger, log on", Step("click", "Rates"), {"Rates": "link"})
    assert supported("click the link, see 'Rates'", Step("click", "Rates"), {"Rates": "link"})


def test_a_field_is_not_typed_into_twice_in_a_row() -> None:
    from testgen.generate.live import follows_on

    typed = [Step("fill", "Search", "boots")]
    assert not follows_on(typed, Step("fill", "Search", "shoes"))
    assert follows_on(typed, Step("fill", "Name", "Ana")) and follows_on(typed, Step("click", "Search"))
    assert not follows_on([Step("click", "Save")], Step("click", "Save"))
    chosen = [Step("select", "Show account", "Checking")]
    assert follows_on(chosen, Step("select", "Show account", "All accounts"))
    assert not follows_on(chosen, chosen[0])


def test_a_single_word_the_start_page_showed_is_no_check() -> None:
    memory = PageMemory("orders showing 1 10 of 45 orders export csv", changed="showing 0 orders")
    searched = [Step("fill", "Search orders", "Zoltan")]
    assert not memory.could_fail("Search Zoltan and see the orders", searched, Step("see", "Orders"))
    assert memory.could_fail("Search Zoltan and see 0 orders", searched, Step("see", "Showing 0 orders"))


def test_the_test_ends_once_every_clause_has_its_step() -> None:
    from testgen.generate.live import done_with_task

    assert done_with_task(LOGIN, LOGIN_STEPS)
    assert not done_with_task(LOGIN, LOGIN_STEPS[:3])
    task = 'Click the Yearly tab, check that "$120 per year" is shown, then click Monthly'
    assert not done_with_task(task, [Step("click", "Yearly"), Step("see", "$120 per year")])


def problems(task: str, lines: list[str]) -> list[str | None]:
    """Each clause's problem for the steps written as `I.` lines."""
    return [c.problem for c in map_clauses(task, [Step.parse(line) for line in lines]).clauses]


def test_a_quotation_no_step_holds_is_unrealized() -> None:
    task = 'Press Mark all done. Expected: footer reads "No chores left", status "Marked 4 chores done."'
    done = ['I.click("Mark all done")', 'I.see("No chores left")']
    assert "no step checks 'Marked 4 chores done.'" in problems(task, done)  # expected, after the label
    assert not any(problems(task, [*done, 'I.see("Marked 4 chores done.")']))
    # A quotation that names a field is the field's name, which the page may show as a placeholder.
    assert not any(
        problems(
            'type skillet in the "Try boots" box, then see Skillet',
            ['I.fill("Search", "skillet")', 'I.see("Skillet")'],
        )
    )


def test_a_check_with_another_number_than_the_clause_says_is_unrealized() -> None:
    task = "filter on Savings -> just the interest payment, 1 transaction"
    steps = ['I.select("Show account", "Savings")', 'I.see("Interest payment")']
    assert problems(task, [*steps, 'I.see("4 transactions")'])[-1] == (
        'I.see("4 transactions") checks another number than the clause says'
    )
    assert problems(task, [*steps, 'I.see("1 transaction")'])[-1] is None
    # A text holding more numbers than the clause says is no other number; nor is a bare amount.
    assert (
        problems("Next page -> 11 to 20 of 45 orders", ['I.click("Next")', 'I.see("Showing 11–20 of 45")'])[
            -1
        ]
        is None
    )
    assert problems("Save, and the cost should be 20", ['I.click("Save")', 'I.see("$20.00")'])[-1] is None


def test_a_check_of_a_line_without_the_amount_the_clause_expects_is_unrealized() -> None:
    task = "pay 312.40 from Savings to the card, click Continue, card should end at $0.00"
    steps = ['I.fill("Amount ($)", "312.40")', 'I.click("Continue")']
    assert problems(task, [*steps, 'I.see("Credit Card (...0092)")'])[-1] == (
        'I.see("Credit Card (...0092)") checks another amount than the clause expects'
    )
    assert problems(task, [*steps, 'I.see("Credit Card: $0.00")'])[-1] is None
    # A check of words alone may stand for a clause that names an amount ("Linen Cover ($10.99) is cheapest").
    cheapest = "Sort by price: Linen Cover ($10.99) is first"
    assert problems(cheapest, ['I.click("Price")', 'I.see("Linen Cover")'])[-1] is None


def test_a_link_said_to_take_the_test_somewhere_is_acted_on() -> None:
    task = 'The "follow the story" link should take you to the ferry timetable article'
    assert problems(task, ['I.see("follow the story")'])[-1] == (
        "no step takes the test to the ferry timetable article; the test only checks"
    )
    assert problems(task, ['I.click("follow the story")', 'I.see("Ferry timetable")'])[-1] is None
    # Being bounced somewhere is what the page does after the opening go_to, not a step of its own.
    bounced = "Opening /bank/transfer.html signed out bounces to the sign in page with 'Please sign in'"
    assert problems(bounced, ['I.see("Please sign in")'])[-1] is None


def test_a_number_written_in_groups_is_checked_whole() -> None:
    task = "unmask 4821 shows the full number 0042 1189 4821"
    assert problems(task, ['I.see("Account ending 4821")'])[-1] == "no step checks '0042 1189 4821'"
    assert problems(task, ['I.click("Show number")', 'I.see("Account number 0042 1189 4821")'])[-1] is None
    phone = "the forgot password link shows the phone line 1-800-555-0142"
    assert problems(phone, ['I.click("Forgot your password?")', 'I.see("Call 1-800-555-0142")'])[-1] is None
    assert problems(phone, ['I.click("Forgot your password?")', 'I.see("Call 1-800")'])[-1] == (
        "no step checks '1-800-555-0142'"
    )


def test_a_check_that_leaves_out_the_count_before_it_is_unrealized() -> None:
    task = "Untick T-shirts. Overall should fall to 2 of 9 packed."
    assert problems(task, ['I.uncheck("T-shirts")', 'I.see("of 9 packed")'])[-1] == (
        'I.see("of 9 packed") leaves out the 2 the clause says before it'
    )
    assert problems(task, ['I.uncheck("T-shirts")', 'I.see("2 of 9 packed")'])[-1] is None


def test_ticking_where_the_sentence_unticks_is_unrealized() -> None:
    task = "Untick T-shirts and Walking boots, then see 2 of 9 packed"
    wrong = ['I.click("T-shirts")', 'I.check("Walking boots")', 'I.see("2 of 9 packed")']
    assert 'I.check("Walking boots") does the opposite (uncheck asked)' in problems(task, wrong)
    right = ['I.click("T-shirts")', 'I.uncheck("Walking boots")', 'I.see("2 of 9 packed")']
    assert not any(problems(task, right))


def test_an_action_asked_twice_needs_two_steps() -> None:
    task = "Press Mark all done twice, then see 4 chores left"
    once = ['I.click("Mark all done")', 'I.see("4 chores left")']
    assert 'I.click("Mark all done") is done 1 time(s), not 2' in problems(task, once)
    assert not any(problems(task, ['I.click("Mark all done")', *once]))


def test_an_action_clause_whose_steps_neither_name_nor_do_it_is_unrealized() -> None:
    task = "pick Checking, then All accounts again -> 4 transactions"
    rest = ['I.select("Show account", "All accounts")', 'I.see("4 transactions")']
    found = problems(task, ['I.fill("Username", "alice")', *rest])
    assert found[0] == 'I.fill("Username", "alice") neither names nor does what the clause asks'
    assert not any(problems(task, ['I.select("Show account", "Checking")', *rest]))


def test_an_action_after_the_last_check_that_no_clause_asks_for_is_unrealized() -> None:
    task = "hit Send -> see complete, see ref TX-1005"
    done = ['I.click("Send")', 'I.see("Transfer complete, ref TX-1005.")', 'I.see("TX-1005")']
    assert not any(problems(task, done))
    assert problems(task, [*done[:2], 'I.click("Make another transfer")'])[-1] == (
        'I.click("Make another transfer") does what the clause does not ask (it expects an outcome)'
    )


class FakePage:
    """What `whole_line` asks of a page: the text of the one element showing a part, or None."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts

    def evaluate(self, script: str, part: str) -> str | None:
        holding = [t for t in self.texts if part.casefold() in t.casefold()]
        return holding[0] if len(holding) == 1 else None


def test_a_check_is_widened_to_the_one_line_that_shows_it() -> None:
    from testgen.generate.live import whole_line

    page = FakePage(["Total available: $12,570.55", "Checking", "Account ending 4821", "Account ending 7730"])
    assert whole_line(Step("see", "$12,570.55"), page, []) == Step("see", "Total available: $12,570.55")
    assert whole_line(Step("see", "Account ending"), page, []) == Step("see", "Account ending")  # two lines
    assert whole_line(Step("click", "Checking"), page, []) == Step("click", "Checking")
    checked = [Step("see", "Total available: $12,570.55")]
    assert whole_line(Step("see", "12,570.55"), page, checked) == Step("see", "12,570.55")  # checked already


def test_a_value_typed_in_part_is_unrealized_and_never_proposed() -> None:
    from testgen.generate.live import supported

    task = "fill policy AB-654321, then Clear form. Expected: The form has been cleared."
    typed = ['I.fill("Policy number", "654321")', 'I.click("Clear form")',
             'I.see("The form has been cleared.")']
    assert problems(task, typed)[0] == """I.fill("Policy number", "654321") types part of 'AB-654321'"""
    assert not supported(task, Step("fill", "Policy number", "654321"))
    assert supported(task, Step("fill", "Policy number", "AB-654321"))
    # A sign or a slash sets a value apart: "$250" types 250, "bob/hunter2" types bob.
    assert not any(problems("Send $250, then see Sent", ['I.fill("Amount", "250")', 'I.see("Sent")']))
    login = ['I.fill("User", "bob")', 'I.fill("Password", "hunter2")']
    assert not any(problems("log in as bob/hunter2", login))


def test_what_follows_an_arrow_or_an_expected_label_must_be_checked() -> None:
    task = "Next in the pager -> Showing 11–20 of 45 orders, Page 2 of 5"
    one = ['I.click("Next")', 'I.see("Showing 11–20 of 45 orders")']
    assert problems(task, one)[-1] == "no step checks it"
    assert not any(problems(task, [*one, 'I.see("Page 2 of 5")']))
    # Checked in another order than said still counts.
    task = 'Tick Bread. Expected: Bread drops out of the list and the status says "Bought Bread."'
    steps = ['I.check("Bread")', 'I.see("Bought Bread.")', 'I.dont_see("Bread", near="Open")']
    assert not any(problems(task, steps))


def test_a_test_that_only_checks_does_no_action_the_sentence_asks_for() -> None:
    task = "Click Documents in the tree, then the path should read My files / Documents"
    only = ['I.see("Documents")', 'I.see("My files / Documents")']
    assert problems(task, only)[0] == "no step does it; the test only checks"
    assert not any(problems(task, ['I.click("Documents")', 'I.see("My files / Documents")']))
