"""Repair records: each kind of page change breaks a verified login test, and the fix is verified."""

from __future__ import annotations

import random

import pytest

from testgen.data.repair import MUTATIONS, make_repair
from testgen.step import Step

pytestmark = pytest.mark.browser
LOGIN = [Step("fill", "Username", "bob"), Step("fill", "Password", "hunter2"), Step("click", "Log in"),
         Step("see", "Welcome, bob")]
ROLES = ["textbox", "textbox", "button", None]
EXPECTED = {"rename": "fixed", "move": "fixed", "decoy": "fixed", "change_text": "behaviour_changed",
            "remove": "behaviour_changed"}


@pytest.mark.parametrize("kind", MUTATIONS)
def test_each_mutation_breaks_the_test_and_gets_an_honest_repair(driver, kind):
    repair = make_repair(driver.session, "/shop/login.html", LOGIN, ROLES, kind, random.Random(1))
    assert repair is not None, f"{kind} should break the login test"
    assert repair.mutation == kind
    assert repair.verdict == EXPECTED[kind]
    assert repair.error
    assert repair.outline.strip()
    if repair.verdict == "fixed":
        fixed = [Step.parse(line) for line in repair.fixed_line.splitlines()]
        original = LOGIN[repair.failing_step]
        assert fixed[-1].verb == original.verb
        assert fixed != [original]
    else:
        assert repair.fixed_line is None
    if kind == "change_text":
        assert repair.failing_step == 3 and "Welcome, bob" in repair.error
    if kind == "rename":
        assert "Username" not in repair.outline.split("Newsletter")[0] or "Login" in repair.fixed_line
