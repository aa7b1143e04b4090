"""The test under analysis: one test function of a module, as a flat list of steps that keep their lines.

A fix replaces one step by one or more steps in the same sections; `patched_source` writes that into the
module, touching only the lines of the replaced step, so the rest of the user's file stays as written.
"""

from __future__ import annotations

import ast
import difflib
from dataclasses import dataclass

from testgen.errors import TestgenError
from testgen.step import Step, StepSyntaxError, step_from_call


class TestNotAnalyzable(TestgenError):
    """The source does not hold a test that the analyzer can run (no such function, or not test language)."""

    __test__ = False


@dataclass(frozen=True)
class ScriptStep:
    """One step with the `within` sections around it (outermost first) and where it is written."""

    step: Step
    scopes: tuple[str, ...] = ()
    line: int = 0  # 1-based line in the module; 0 for a step a fix introduced
    end_line: int = 0

    def render(self) -> str:
        return self.step.render()


@dataclass(frozen=True)
class TestUnderAnalysis:
    """The test function `name` of `source`, flattened into steps in the order they run."""

    __test__ = False

    name: str
    source: str
    steps: tuple[ScriptStep, ...]

    def source_line(self, index: int) -> str:
        """The step's text as written in the module (first line of it)."""
        item = self.steps[index]
        return self.source.splitlines()[item.line - 1].strip() if item.line else item.render()

    def replaced(self, edits: list[tuple[int, list[ScriptStep]]]) -> tuple[ScriptStep, ...]:
        """The steps with each edited step replaced by its new steps."""
        new = dict(edits)
        out: list[ScriptStep] = []
        for index, item in enumerate(self.steps):
            out.extend(new.get(index, [item]))
        return tuple(out)


def load_test(source: str, test_name: str | None = None) -> TestUnderAnalysis:
    """Find the test function (the only one, or `test_name`) and read its steps; a clear error if none."""
    try:
        module = ast.parse(source)
    except SyntaxError as err:
        raise TestNotAnalyzable(f"line {err.lineno}: not valid Python ({err.msg})") from None
    tests = [n for n in module.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]
    if test_name is not None:
        chosen = [n for n in tests if n.name == test_name]
        if not chosen:
            names = ", ".join(n.name for n in tests) or "none"
            raise TestNotAnalyzable(f"no test function {test_name!r} in the file; its tests are: {names}")
    elif len(tests) != 1:
        names = ", ".join(n.name for n in tests) or "none"
        raise TestNotAnalyzable(
            f"the file has {len(tests)} test functions ({names}); name one as FILE.py::test_name"
        )
    else:
        chosen = tests
    function = chosen[0]
    try:
        steps = _flatten(function.body, (), source)
    except StepSyntaxError as err:
        raise TestNotAnalyzable(
            f"{function.name}: {err}; only the test language (I.<verb>) can be analyzed"
        ) from None
    if not steps:
        raise TestNotAnalyzable(f"{function.name} has no steps to run")
    return TestUnderAnalysis(function.name, source, tuple(steps))


def _flatten(statements: list[ast.stmt], scopes: tuple[str, ...], source: str) -> list[ScriptStep]:
    out: list[ScriptStep] = []
    for stmt in statements:
        text = ast.get_source_segment(source, stmt) or ""
        if isinstance(stmt, ast.Pass) or (
            isinstance(stmt, ast.Expr)
            and isinstance(stmt.value, ast.Constant)
            and isinstance(stmt.value.value, str)
        ):
            continue  # `pass` or a docstring
        if isinstance(stmt, ast.Expr):
            try:
                step = step_from_call(stmt.value, text)
            except StepSyntaxError as err:
                raise StepSyntaxError(f"line {stmt.lineno}: {err}") from None
            out.append(ScriptStep(step, scopes, stmt.lineno, stmt.end_lineno or stmt.lineno))
        elif (
            isinstance(stmt, ast.With)
            and len(stmt.items) == 1
            and isinstance(stmt.items[0].context_expr, ast.Call)
        ):
            call = stmt.items[0].context_expr
            if not (
                isinstance(call.func, ast.Attribute)
                and call.func.attr == "within"
                and len(call.args) == 1
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
            ):
                raise StepSyntaxError(f'line {stmt.lineno}: expected `with I.within("Section"):`')
            out.extend(_flatten(stmt.body, (*scopes, call.args[0].value), source))
        else:
            raise StepSyntaxError(f"line {stmt.lineno}: expected I.<verb>(...) or `with I.within(...)`")
    return out


def patched_source(test: TestUnderAnalysis, edits: list[tuple[int, list[ScriptStep]]]) -> str:
    """The module's source with each edited step replaced by its new steps, written at its indent."""
    lines = test.source.splitlines(keepends=True)
    for index, new_steps in sorted(edits, key=lambda edit: -edit[0]):  # bottom up: earlier lines stay put
        old = test.steps[index]
        first = lines[old.line - 1]
        indent = first[: len(first) - len(first.lstrip())]
        new_lines = [indent + item.render() + "\n" for item in new_steps]
        if new_lines and not lines[old.end_line - 1].endswith("\n"):
            new_lines[-1] = new_lines[-1].rstrip("\n")
        lines[old.line - 1 : old.end_line] = new_lines
    return "".join(lines)


def unified_patch(test: TestUnderAnalysis, patched: str, path: str = "test.py") -> str:
    """A unified diff from the module as it is to `patched`."""
    return "".join(
        difflib.unified_diff(
            test.source.splitlines(keepends=True),
            patched.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
    )
