"""The test under analysis without a browser: reading a module's test, patching one step, similarity."""

from __future__ import annotations

import json

import pytest

from testgen.analyze import TestNotAnalyzable
from testgen.analyze.script import ScriptStep, load_test, patched_source, unified_patch
from testgen.analyze.similarity import best_window, name_similarity
from testgen.step import Step

MODULE = '''"""Two tests."""
from testgen import I


def helper():
    return 1


def test_cart():
    I.go_to("/shop/")
    with I.within("Cart"):
        I.fill("Quantity", "2")
        I.click("Update")
    I.see("Total: $4.00")


def test_other():
    I.click("Next")
'''


def test_a_named_test_is_flattened_with_its_sections_and_lines() -> None:
    test = load_test(MODULE, "test_cart")
    assert [(s.step.render(), s.scopes, s.line) for s in test.steps] == [
        ('I.go_to("/shop/")', (), 10),
        ('I.fill("Quantity", "2")', ("Cart",), 12),
        ('I.click("Update")', ("Cart",), 13),
        ('I.see("Total: $4.00")', (), 14),
    ]
    assert test.source_line(2) == 'I.click("Update")'


def test_which_test_must_be_said_when_there_are_several() -> None:
    with pytest.raises(TestNotAnalyzable, match="2 test functions .*test_cart, test_other"):
        load_test(MODULE)
    with pytest.raises(TestNotAnalyzable, match="no test function 'test_gone'"):
        load_test(MODULE, "test_gone")
    with pytest.raises(TestNotAnalyzable, match="only the test language"):
        load_test("def test_x():\n    print('hi')\n")


def test_a_patch_replaces_only_the_step_at_its_indent() -> None:
    test = load_test(MODULE, "test_cart")
    item = test.steps[2]
    opened = ScriptStep(Step("click", "More options"), item.scopes)
    renamed = ScriptStep(Step("go_to", "/store/"))
    patched = patched_source(
        test, [(2, [opened, ScriptStep(Step("click", "Update now"), item.scopes)]), (0, [renamed])]
    )
    assert patched == MODULE.replace(
        '        I.click("Update")\n', '        I.click("More options")\n        I.click("Update now")\n'
    ).replace('I.go_to("/shop/")', 'I.go_to("/store/")')
    assert [s.step.target for s in test.replaced([(0, [renamed])])] == [
        "/store/",
        "Quantity",
        "Update",
        "Total: $4.00",
    ]
    patch = unified_patch(test, patched, "tests/test_cart.py")
    assert patch.startswith("--- a/tests/test_cart.py\n+++ b/tests/test_cart.py\n")
    assert '-        I.click("Update")\n+        I.click("More options")\n' in patch


def test_names_read_alike_by_characters_or_shared_words() -> None:
    assert name_similarity("Sign in", "Log in") > 0.5
    assert name_similarity("Add to cart", "Add to basket") > 0.5
    assert name_similarity("Save", "Delete account") < 0.3
    assert (
        best_window("Welcome, bob", "Hello there! Welcome back, bob. You have 2 messages")[1]
        == "Welcome back, bob."
    )


def test_a_passing_plugin_trace_gives_what_each_step_acted_on(tmp_path) -> None:
    from testgen.commands.analyze import trace_baseline

    steps = [
        {"verb": "go_to", "resolved": None},
        {"verb": "within", "resolved": {"role": "form", "name": "Cart"}},
        {"verb": "click", "resolved": {"role": "button", "name": "Update", "frame": ""}},
    ]
    trace = tmp_path / "tests_test_cart.py_test_cart.json"
    trace.write_text(json.dumps({"outcome": "passed", "steps": steps}))
    baseline = trace_baseline(tmp_path, "tests/test_cart.py::test_cart", 2)
    assert baseline == [
        {"resolved": None, "outline": None},
        {"resolved": {"role": "button", "name": "Update", "frame": ""}, "outline": None},
    ]
    assert trace_baseline(tmp_path, "tests/test_cart.py::test_cart", 3) is None  # another version of the test
    trace.write_text(json.dumps({"outcome": "failed", "steps": steps}))
    assert trace_baseline(tmp_path, "tests/test_cart.py::test_cart", 2) is None
