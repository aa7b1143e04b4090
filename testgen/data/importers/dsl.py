"""Tests already written in testgen's own language: each `test_*` function's `I.*` lines become actions.

A `with I.within("Section"):` block becomes `near="Section"` on each step inside it that names a target (a
step's own `near=` wins); the replay then checks that the converted test still passes and catches a break.
"""

from __future__ import annotations

import ast
import dataclasses

from testgen.data.actions import step_to_action
from testgen.data.importers import ImportedTest, ImportFailed, ImportProblem, describe_test
from testgen.data.importers.playwright_py import _comments
from testgen.step import VERBS, StepSyntaxError, step_from_call


def parse(source: str, filename: str) -> list[ImportedTest]:
    """Every `test_*` function of a DSL module; loops and other statements are reported, not imported."""
    try:
        tree = ast.parse(source, filename)
    except SyntaxError as err:
        raise ImportFailed(f"{filename}: not valid Python ({err}); fix the syntax or leave it out") from err
    comments = _comments(source)
    module_doc = ast.get_docstring(tree) or ""
    tests = []
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and node.name.startswith("test")):
            continue
        inside = [text for line, text in sorted(comments.items()) if node.lineno <= line <= node.end_lineno]
        doc = ast.get_docstring(node) or module_doc
        test = ImportedTest(filename, node.lineno, node.name, describe_test(doc, node.name, inside))
        body = node.body[1:] if ast.get_docstring(node) else node.body
        _add_statements(test, body, filename, None)
        tests.append(test)
    return tests


def _within_target(stmt: ast.stmt) -> str | None:
    """The section of `with I.within("..."):`, or None for any other statement."""
    if not (isinstance(stmt, ast.With) and len(stmt.items) == 1):
        return None
    call = stmt.items[0].context_expr
    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "within"
            and len(call.args) == 1 and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)):
        return call.args[0].value
    return None


def _add_statements(test: ImportedTest, body: list[ast.stmt], filename: str, scope: str | None) -> None:
    """Add each `I.*` statement as a step, the steps of a `within` block with `near=` its section."""
    for stmt in body:
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            continue
        section = _within_target(stmt)
        if section is not None:
            _add_statements(test, stmt.body, filename, section)
            continue
        if not isinstance(stmt, ast.Expr):
            what = ast.unparse(stmt).splitlines()[0]
            message = f"`{what}` is not one I.<verb>() step or within block; loops are not imported"
            test.problems.append(ImportProblem(filename, stmt.lineno, message))
            continue
        try:
            step = step_from_call(stmt.value, ast.unparse(stmt))
        except StepSyntaxError as err:
            test.problems.append(ImportProblem(filename, stmt.lineno, str(err)))
            continue
        if scope is not None and step.near is None and VERBS[step.verb].takes_near:
            step = dataclasses.replace(step, near=scope)
        test.add(step_to_action(step), stmt.lineno, step)
