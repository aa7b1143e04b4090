"""A team's words learned from its tests: which word stands for which name, the routine its tests start with,
and the task restated in the page's words."""

from __future__ import annotations

import pytest

from testgen.reading.vocabulary import Vocabulary, VocabularyError, aligned_words, learn_vocabulary
from testgen.step import Step

SENT = Step("see", "Dispatched")
SIGN_IN = [Step("fill", "Email", "ops@acme.test"), Step("fill", "Passcode", "pa55"), Step("click", "Enter")]


def suite() -> list[tuple[str, list[Step]]]:
    """A small team suite: they say "fire it" for the Dispatch button and "the crate" for Shipment box, and
    every test signs in first without saying so."""
    return [
        ("T-1 pick Express, fire it, should say 'Dispatched'",
         [*SIGN_IN, Step("select", "Speed", "Express"), Step("click", "Dispatch"), SENT]),
        ("T-2 pick Economy, fire it, see 'Dispatched'",
         [*SIGN_IN, Step("select", "Speed", "Economy"), Step("click", "Dispatch"), SENT]),
        ("T-3 open the crate, see 'Contents'",
         [*SIGN_IN, Step("click", "Shipment box"), Step("see", "Contents")]),
        ("T-4 open the crate and check 'Contents' is listed",
         [*SIGN_IN, Step("click", "Shipment box"), Step("see", "Contents")]),
        ("T-5 Speed Express shows the fee 'Fee: $9'",
         [*SIGN_IN, Step("select", "Speed", "Express"), Step("see", "Fee: $9")]),
    ]


def test_words_and_routine_are_learned_from_the_suite():
    vocabulary = learn_vocabulary(suite())
    assert [s.render() for s in vocabulary.routine] == [s.render() for s in SIGN_IN]
    assert vocabulary.words.get("fire") == "Dispatch"
    assert vocabulary.words.get("crate") == "Shipment box"
    # A word every ticket title carries stands for nothing, nor do words the page's names already hold.
    assert "t" not in vocabulary.words and "speed" not in vocabulary.words


def test_one_test_teaches_a_word_only_when_its_clause_is_that_word_alone():
    mixed = ("T-9 pick Express, fire the order, should say 'Dispatched'",
             [Step("select", "Speed", "Express"), Step("click", "Dispatch"), Step("see", "Dispatched")])
    assert "fire" not in learn_vocabulary([mixed, suite()[2]]).words
    assert learn_vocabulary([suite()[0], suite()[2]]).words.get("fire") == "Dispatch"
    shared = learn_vocabulary([suite()[0], suite()[2]]).routine  # two tests share only the sign-in
    assert [s.render() for s in shared] == [s.render() for s in SIGN_IN]


def test_unnamed_steps_are_matched_to_the_clauses_between_named_ones_in_order():
    task = "pick Express, fire it, open the crate, see 'Contents'"
    steps = [Step("select", "Speed", "Express"), Step("click", "Dispatch"), Step("click", "Shipment box"),
             Step("see", "Contents")]
    pairs = aligned_words(task, steps)
    assert pairs[("fire", "Dispatch")] and pairs[("crate", "Shipment box")]
    assert not pairs[("fire", "Shipment box")] and not pairs[("crate", "Dispatch")]


def test_restate_uses_the_page_words_in_actions_and_keeps_checks_and_quotes():
    vocabulary = Vocabulary({"fire": "Dispatch", "crate": "Shipment box"}, tuple(SIGN_IN))
    page = {"Email", "Passcode", "Enter", "Dispatch"}
    said = vocabulary.restate("fire it, then the crate should be gone and 'fire' shown", page)
    assert said.startswith('type "ops@acme.test" into Email, type "pa55" into Passcode, click Enter.\n')
    assert "Dispatch it" in said and "the crate should be gone" in said and "'fire'" in said


def test_the_routine_is_left_out_when_the_task_names_it_or_the_page_lacks_it():
    vocabulary = Vocabulary({}, tuple(SIGN_IN))
    assert vocabulary.restate("leave the passcode empty and press Enter", {"Email", "Passcode", "Enter"}) == (
        "leave the passcode empty and press Enter"
    )
    assert vocabulary.restate("open the crate", {"Shipment box"}) == "open the crate"


def test_save_and_load_round_trip_and_a_damaged_file_is_named(tmp_path):
    vocabulary = Vocabulary({"fire": "Dispatch"}, tuple(SIGN_IN))
    vocabulary.save(tmp_path)
    loaded = Vocabulary.load(tmp_path)
    assert loaded.words == {"fire": "Dispatch"}
    assert [s.render() for s in loaded.routine] == [s.render() for s in SIGN_IN]
    assert Vocabulary.load(tmp_path / "elsewhere") == Vocabulary()
    (tmp_path / "vocabulary.json").write_text('{"routine": ["I.fly(\\"x\\")"]}')
    with pytest.raises(VocabularyError, match="vocabulary.json"):
        Vocabulary.load(tmp_path)


def test_the_words_belong_to_the_folders_the_suite_starts_in():
    vocabulary = learn_vocabulary(suite(), ["/ops/index.html", "/ops/send.html"])
    assert vocabulary.scope == ("/ops/",)
    assert vocabulary.covers("http://127.0.0.1:8000/ops/send.html")
    assert not vocabulary.covers("http://127.0.0.1:8000/shop/")
    assert learn_vocabulary(suite(), ["/index.html", "/ops/a.html"]).covers("http://h/shop/")  # a root page


def test_a_clause_that_only_asks_for_the_routine_is_spelled_out_in_its_place():
    said_first = [
        ("get in, pick Express, should say 'Sent'", [*SIGN_IN, Step("select", "Speed", "Express"), SENT]),
        ("get in as ops@acme.test, pick Economy, see 'Sent'", [*SIGN_IN, Step("select", "Speed", "Economy"),
                                                                SENT]),
        ("pick Express and see 'Sent'", [*SIGN_IN, Step("select", "Speed", "Express"), SENT]),
    ]
    vocabulary = learn_vocabulary(said_first)
    assert vocabulary.routine_words == {"get"}
    said = vocabulary.restate("pick Economy, get in, see 'Fee'", {"Email", "Passcode", "Enter"})
    assert said == ('pick Economy, type "ops@acme.test" into Email, type "pa55" into Passcode, click Enter, '
                    "see 'Fee'")


def moves() -> list[tuple[str, list[Step]]]:
    """A team that says "40 from 1203 to 5512" for the amount, the source and the destination of a move."""
    def move(task: str, source: str, target: str, amount: str) -> tuple[str, list[Step]]:
        return (task, [Step("select", "Source bin", source), Step("select", "Target bin", target),
                       Step("fill", "Units", amount), Step("click", "Move"), Step("see", "Moved")])
    return [
        move("mv 40 from 1203 to 5512, hit go", "Aisle 4 (bin 1203)", "Dock (bin 5512)", "40"),
        move("INV-7 mv 3 from 5512 to 1203 then go", "Dock (bin 5512)", "Aisle 4 (bin 1203)", "3"),
        move("12 from 1203 to 7001, go, see 'Moved'", "Aisle 4 (bin 1203)", "Cage (bin 7001)", "12"),
    ]


def test_a_packed_phrasing_is_learned_with_its_bare_values_and_spelled_out_step_by_step():
    vocabulary = learn_vocabulary(moves())
    [phrasing] = vocabulary.phrasings
    assert phrasing.says == "{#0} from {#1} to {#2}"
    assert [s.render() for s in phrasing.steps] == [
        'I.select("Source bin", "{1}")', 'I.select("Target bin", "{2}")', 'I.fill("Units", "{0}")'
    ]
    assert phrasing.words == {"mv"}  # said around the frame in two tests, and nothing more
    said = vocabulary.restate("mv 8 from 7001 to 1203 with note 'urgent', click Move, see 'Moved'", set())
    assert said == ('choose "7001" in Source bin, choose "1203" in Target bin, type "8" into Units, '
                    "with note 'urgent', click Move, see 'Moved'")
    # Only numbers go where the team only ever put numbers; checks keep their words.
    assert vocabulary.restate("walk from home to Dock", set()) == "walk from home to Dock"
    assert vocabulary.restate("see '5 from 1203 to 7001'", set()) == "see '5 from 1203 to 7001'"
    # One test is not a habit.
    assert learn_vocabulary(moves()[:1]).phrasings == ()


def test_phrasings_survive_save_and_load(tmp_path):
    vocabulary = learn_vocabulary(moves())
    vocabulary.save(tmp_path)
    assert Vocabulary.load(tmp_path).phrasings == vocabulary.phrasings
    for broken in ('{"steps": []}', '{"says": "{#0} to {#1}", "steps": ["I.fill(\\"Units\\", \\"{2}\\")"]}'):
        (tmp_path / "vocabulary.json").write_text(f'{{"phrasings": [{broken}]}}')
        with pytest.raises(VocabularyError, match="vocabulary.json"):
            Vocabulary.load(tmp_path)


def test_a_message_about_the_restated_task_is_put_back_in_the_written_words():
    vocabulary = Vocabulary({"fire": "Dispatch"}, tuple(SIGN_IN))
    task = "fire it\nsee 'Dispatched'"
    restatement = vocabulary.restatement(task, {"Email", "Passcode", "Enter"})
    said = "".join(s for s, _ in restatement)
    assert said.startswith('type "ops@acme.test" into Email') and "Dispatch it" in said
    message = f"could not do 'Dispatch it' (step 4 of {said!r})"
    assert Vocabulary.in_written_words(message, restatement) == f"could not do 'fire it' (step 4 of {task!r})"


def test_an_action_is_anchored_by_a_clause_that_acts_and_page_words_are_never_team_words():
    # "Log out" shares "out" with the quoted outcome, but only the clause that acts can name it.
    task = "sign off from home -> 'You have been signed out.'"
    steps = [Step("click", "Log out"), Step("see", "You have been signed out.")]
    assert aligned_words(task, steps)[("off", "Log out")] == 1
    # "sign" is a word of Sign in, a name the suite's own steps use: it is the page's word, not the team's.
    suite_words = [
        ("sign off now, see 'Bye'", [Step("click", "Log out"), Step("see", "Bye")]),
        ("sign off, then 'Bye'", [Step("click", "Log out"), Step("see", "Bye")]),
        ("sign in please, see 'Hello'", [Step("click", "Sign in"), Step("see", "Hello")]),
    ]
    words = learn_vocabulary(suite_words).words
    assert words.get("off") == "Log out" and "sign" not in words


def test_a_message_quoting_one_step_of_a_spelled_out_phrasing_quotes_the_phrasing_as_written():
    vocabulary = learn_vocabulary(moves())
    task = "mv 8 from 7001 to 1203, see 'Moved'"
    restatement = vocabulary.restatement(task, set())
    message = "could not do 'choose \"1203\" in Target bin' (no step does it)"
    written = Vocabulary.in_written_words(message, restatement)
    assert written == "could not do 'mv 8 from 7001 to 1203' (no step does it)"


def test_a_number_the_team_says_for_an_option_stands_for_its_name_where_a_list_has_the_name_alone():
    vocabulary = learn_vocabulary(moves())
    assert vocabulary.words["1203"] == "Aisle 4 bin" and vocabulary.words["5512"] == "Dock bin"
    assert "7001" not in vocabulary.words  # said for the Cage in one test only
    assert vocabulary.restate("filter the stock on 5512", set()) == "filter the stock on Dock bin"
    # The phrasing still reads the numbers, and checks keep them.
    assert vocabulary.restate("mv 8 from 1203 to 5512", set()).startswith('choose "1203" in Source bin')
    assert vocabulary.restate("see 'bin 1203'", set()) == "see 'bin 1203'"


def test_a_team_that_checks_whole_lines_is_told_from_one_that_checks_what_it_says(tmp_path):
    from testgen.reading.vocabulary import checks_more_than_said

    assert checks_more_than_said("total should read $12,570.55", Step("see", "Total available: $12,570.55"))
    assert not checks_more_than_said("total should read $12,570.55", Step("see", "$12,570.55"))
    assert not checks_more_than_said("back to 'Account ending 7730'", Step("see", "Account ending 7730"))
    whole = [
        ("send it -> done, ref 7", [Step("click", "Send"), Step("see", "Sent: done, ref 7.")]),
        ("save, total reads $9.50", [Step("click", "Save"), Step("see", "Total: $9.50")]),
    ]
    assert learn_vocabulary(whole).whole_lines and not learn_vocabulary(whole[:1]).whole_lines
    said = [("save, total reads $9.50", [Step("click", "Save"), Step("see", "$9.50")])] * 2
    assert not learn_vocabulary(said).whole_lines
    Vocabulary(whole_lines=True).save(tmp_path)
    assert Vocabulary.load(tmp_path).whole_lines
    (tmp_path / "vocabulary.json").write_text('{"whole_lines": "yes"}')
    with pytest.raises(VocabularyError, match="whole_lines"):
        Vocabulary.load(tmp_path)


def test_a_message_that_folds_the_lines_of_a_restated_task_is_put_back_in_the_written_words():
    restatement = [('click Sign in.\nHB-1 hit Continue', "HB-1 hit Review")]
    message = "could not do 'click Sign in. HB-1 hit Continue' (step 2)"
    assert Vocabulary.in_written_words(message, restatement) == "could not do 'HB-1 hit Review' (step 2)"


def test_a_phrasing_brings_the_click_the_team_makes_after_it_without_saying_so():
    vocabulary = learn_vocabulary(moves())
    assert vocabulary.phrasings[0].then == Step("click", "Move")  # every move is followed by Move
    unsaid = vocabulary.restate("mv 8 from 7001 to 1203 -> 'Not enough units'", set())
    assert unsaid == ('choose "7001" in Source bin, choose "1203" in Target bin, type "8" into Units, '
                      "click Move -> 'Not enough units'")
    said = vocabulary.restate("mv 8 from 7001 to 1203, press Move, see 'Moved'", set())
    assert said == ('choose "7001" in Source bin, choose "1203" in Target bin, type "8" into Units, '
                    "press Move, see 'Moved'")
    kept = [(task, [s for s in steps if s.verb != "click"]) for task, steps in moves()]
    assert learn_vocabulary(kept).phrasings[0].then is None  # a team that never clicks after it


def places() -> list[tuple[str, list[Step]]]:
    """A team that calls the orders page "the grid" and checks its address and heading to know it is there."""
    grid = [Step("see_url", "orders.html"), Step("see", "All orders")]
    return [
        ("OPS-1 'Orders' in the menu goes to the grid", [Step("click", "Orders"), *grid]),
        ("OPS-2 Cancel on the new order form takes you back to the grid", [Step("click", "Cancel"), *grid]),
        ("OPS-3 go to the grid and see 'All orders'", [Step("click", "Orders"), Step("see", "All orders")]),
    ]


def test_a_page_the_team_names_is_checked_the_way_its_tests_check_it(tmp_path):
    vocabulary = learn_vocabulary(places())
    # OPS-3 orders a visit ("go to") rather than saying where a step lands, and says its check itself.
    assert vocabulary.places == {"grid": (Step("see_url", "orders.html"), Step("see", "All orders"))}
    assert vocabulary.restate("Back on the order page goes back to the grid", set()) == (
        'Back on the order page -> the address shows "orders.html", see "All orders"')
    assert vocabulary.restate("log out, not the grid", set()) == 'log out, don\'t see "All orders"'
    assert vocabulary.restate("go to the grid", set()) == "go to the Orders"  # an order, not an arrival
    assert vocabulary.restate("goes back to the list", set()) == "goes back to the list"  # never named
    vocabulary.save(tmp_path)
    assert Vocabulary.load(tmp_path).places == vocabulary.places
    (tmp_path / "vocabulary.json").write_text('{"places": {"grid": ["I.click(\\"Orders\\")"]}}')
    with pytest.raises(VocabularyError, match="vocabulary.json.*place"):
        Vocabulary.load(tmp_path)


def test_a_page_is_learned_from_the_checks_its_tests_share_not_from_what_one_test_adds():
    checks = [Step("see_url", "orders.html"), Step("see", "All orders")]
    suite = [
        ("OPS-1 'Orders' goes to the grid", [Step("click", "Orders"), *checks]),
        ("OPS-4 'Refresh' stays on the grid",
         [Step("click", "Refresh"), *checks, Step("see", "Updated just now")]),
        ("OPS-5 'Back' goes to the grid, 'Draft saved' shown",
         [Step("click", "Back"), *checks, Step("see", "Draft saved")]),
    ]
    # "Updated just now" is checked by one of three; "Draft saved" is said by its own test.
    assert learn_vocabulary(suite).places == {"grid": tuple(checks)}


def test_the_routine_said_before_an_arrival_is_spelled_out_in_its_place():
    vocabulary = Vocabulary(routine=tuple(SIGN_IN), routine_words=frozenset({"log"}),
                            places={"board": (Step("see", "Good morning"),)})
    said = vocabulary.restate("log on lands on the board", {"Email", "Passcode", "Enter"})
    assert said == ('type "ops@acme.test" into Email, type "pa55" into Passcode, click Enter -> '
                    'see "Good morning"')
