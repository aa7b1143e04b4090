"""Tests already written in testgen's own language: each `test_*` function's `I.*` lines become actions."""

from __future__ import annotations

import ast

from testgen.data.actions import step_to_action
from testgen.data.importers import ImportedTest, ImportFailed, ImportProblem, describe_test
from testgen.data.importers.playwright_py import _comments
from testgen.step import StepSyntaxError, step_from_call


def parse(source: str, filename: str) -> list[ImportedTest]:
    """Every `test_*` function of a DSL module; `within` blocks and other statements are reported."""
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
        for stmt in node.body[1:] if ast.get_docstring(node) else node.body:
            if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                continue
            if not isinstance(stmt, ast.Expr):
                what = ast.unparse(stmt).splitlines()[0]
                message = f"`{what}` is not one I.<verb>() step; within blocks and loops are not imported"
                test.problems.append(ImportProblem(filename, stmt.lineno, message))
                continue
            try:
                step = step_from_call(stmt.value, ast.unparse(stmt))
                test.add(step_to_action(step), stmt.lineno, step)
            except StepSyntaxError as err:
                test.problems.append(ImportProblem(filename, stmt.lineno, str(err)))
        tests.append(test)
    return tests
