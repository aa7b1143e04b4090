"""Step and TestScript: rendering, parsing back, and the errors a bad line gets."""

import ast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from testgen.step import VERBS, Step, StepSyntaxError, TestScript, Within

hostile = st.text(
    alphabet=st.characters(exclude_categories=("Cs",)) | st.sampled_from('"\'\\\n\r\t\x00\u2028{}'),
    max_size=40,
)


def test_renders_the_documented_shapes():
    assert Step("fill", "Username", "bob").render() == 'I.fill("Username", "bob")'
    assert Step("click", "Save", near="Shipping").render() == 'I.click("Save", near="Shipping")'
    assert Step("wait_for", "Done", timeout=10).render() == 'I.wait_for("Done", timeout=10)'
    assert Step("wait_for", "Done", timeout=2.5).render() == 'I.wait_for("Done", timeout=2.5)'


@given(verb=st.sampled_from(sorted(VERBS)), a=hostile, b=hostile, near=st.none() | hostile)
def test_any_string_round_trips_and_stays_inside_its_literal(verb, a, b, near):
    spec = VERBS[verb]
    step = Step(
        verb,
        a,
        b if len(spec.params) > 1 else None,
        near if spec.takes_near else None,
    )
    line = step.render()
    assert "\n" not in line and "\r" not in line
    call = ast.parse(line, mode="eval").body  # one expression: nothing escaped into code
    assert isinstance(call, ast.Call) and all(isinstance(x, ast.Constant) for x in call.args)
    assert Step.parse(line) == step


@given(doc=hostile, target=hostile, value=hostile)
def test_script_round_trips_with_within_blocks(doc, target, value):
    script = TestScript(
        "test_checkout",
        doc,
        (
            Step("go_to", "/shop"),
            Within(target, (Step("fill", "Qty", value), Within("Row", (Step("click", "Remove"),)))),
            Step("see", value),
        ),
    )
    source = script.render()
    compile(source, "test_checkout.py", "exec")
    assert TestScript.parse(source) == script
    assert [s.verb for s in script.steps()] == ["go_to", "fill", "click", "see"]


def test_parses_a_handwritten_module():
    source = '''"""Log in and see the dashboard."""
from testgen import I

def test_login():
    I.go_to("http://127.0.0.1:8765/login")
    I.fill('Username', 'bob')
    I.click("Log in")
    I.see("Welcome, bob")
'''
    script = TestScript.parse(source)
    assert script.name == "test_login"
    assert script.doc == "Log in and see the dashboard."
    assert script.body[1] == Step("fill", "Username", "bob")
    assert TestScript.parse(script.render()) == script


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('I.clik("Save")', "Did you mean click?"),
        ('I.fill("Username")', "takes 2 argument"),
        ('I.see("a", "b")', "takes 1 argument"),
        ('I.click(name)', "string literals"),
        ('I.click("Save", nearby="Cart")', "unknown keyword 'nearby'"),
        ('I.go_to("/", near="x")', "no near="),
        ('I.see("x", timeout=-1)', "timeout="),
        ('I.within("Cart")', "within is a block"),
        ('page.click("Save")', "expected a call"),
        ('I.click("Save"', "not a Python expression"),
        ('__import__("os").system("true")', "expected a call"),
    ],
)
def test_bad_lines_raise_a_typed_error_naming_the_fault(line, message):
    with pytest.raises(StepSyntaxError, match=message.replace("(", r"\(")):
        Step.parse(line)


def test_construction_checks_arguments():
    with pytest.raises(StepSyntaxError, match="needs value"):
        Step("fill", "Username")
    with pytest.raises(StepSyntaxError, match="takes no value"):
        Step("click", "Save", "extra")
    with pytest.raises(StepSyntaxError, match="Did you mean double_click"):
        Step("doubleclick", "Save")


def test_script_errors_name_the_line():
    source = 'from testgen import I\n\ndef test_x():\n    I.go_to("/")\n    x = 1\n'
    with pytest.raises(StepSyntaxError, match="line 5"):
        TestScript.parse(source)
    with pytest.raises(StepSyntaxError, match="exactly one test_"):
        TestScript.parse("x = 1\n")


PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co")).filter(str.isprintable)


@given(st.text(alphabet=PRINTABLE | st.sampled_from('"\\')))
def test_printable_docstrings_stay_triple_quoted_and_round_trip(doc):
    source = TestScript("test_x", doc, [Step("see", "x")]).render()
    assert source.startswith('"""')
    assert TestScript.parse(source).doc == doc
