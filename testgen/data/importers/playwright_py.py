"""Playwright Python tests → actions, read with `ast` (never executed).

Locators a person can read (`get_by_role/label/text/placeholder`, `text=` selectors) convert; CSS and XPath
selectors, variables and control flow are reported with file and line.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from urllib.parse import urlsplit

from testgen.data.english import Action
from testgen.data.importers import ImportedTest, ImportFailed, ImportProblem, describe_test

GETTERS = {"get_by_label", "get_by_placeholder", "get_by_text", "get_by_title", "get_by_alt_text"}
WAITS = {"wait_for_timeout", "wait_for_load_state", "wait_for_url", "wait_for_selector"}


class Unconvertible(Exception):
    """Raised inside the walk; becomes an ImportProblem at the statement's line."""


def _string(node: ast.AST, what: str) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    raise Unconvertible(f"{what} is not a string literal ({ast.unparse(node)}); write the text itself")


def _keyword(call: ast.Call, name: str) -> ast.AST | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _selector_target(selector: str) -> str:
    """`text=Log in` or `text="Log in"` → 'Log in'; anything else cannot be read by a person."""
    match = re.fullmatch(r"\s*text\s*=\s*(.+?)\s*", selector)
    if not match:
        raise Unconvertible(f"selector {selector!r} names no visible text; use get_by_role/label/text")
    return match.group(1).strip("\"'")


def _locator(node: ast.AST) -> tuple[str, str | None]:
    """A locator expression → (visible name, role or None)."""
    if isinstance(node, ast.Attribute) and node.attr in ("first", "last"):
        return _locator(node.value)
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
        raise Unconvertible(f"locator {ast.unparse(node)} is not a page.get_by_* call")
    method, owner = node.func.attr, node.func.value
    if method == "nth":
        return _locator(owner)
    if not (isinstance(owner, ast.Name)):
        raise Unconvertible(f"nested locator {ast.unparse(node)}; only page.get_by_* chains convert")
    if method == "get_by_role":
        role = _string(node.args[0], "role") if node.args else "generic"
        name = _keyword(node, "name")
        if name is None:
            raise Unconvertible(f"get_by_role({role!r}) without name=; the DSL needs the visible name")
        return _string(name, "name"), role
    if method in GETTERS:
        if not node.args:
            raise Unconvertible(f"{method}() without text")
        return _string(node.args[0], "text"), None
    if method == "locator":
        return _selector_target(_string(node.args[0], "selector")), None
    raise Unconvertible(f"locator method {method}() has no DSL equivalent")


def _action_on_locator(method: str, call: ast.Call, target: str, role: str | None) -> Action:
    if method in ("click", "tap"):
        return Action("click", target=target, role=role)
    if method in ("fill", "type", "press_sequentially"):
        return Action("fill", target=target, value=_string(call.args[0], "value"), role=role)
    if method == "press":
        return Action("press", target=target, key=_string(call.args[0], "key"), role=role)
    if method in ("check", "uncheck"):
        return Action(method, target=target, role=role)
    if method == "select_option":
        value = call.args[0] if call.args else _keyword(call, "label") or _keyword(call, "value")
        if value is None:
            raise Unconvertible("select_option() without an option")
        return Action("select", target=target, value=_string(value, "option"), role=role)
    raise Unconvertible(f"{method}() has no DSL equivalent")


def _expectation(call: ast.Call) -> Action:
    """`expect(subject).to_*(...)` → an assertion action."""
    assert isinstance(call.func, ast.Attribute)
    matcher = call.func.attr
    inner = call.func.value
    if not (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "expect"):
        raise Unconvertible(f"{ast.unparse(call)} is not expect(...).to_*()")
    subject = inner.args[0]
    if matcher in ("to_have_url", "not_to_have_url"):
        pattern = call.args[0]
        is_regex = isinstance(pattern, ast.Call) and ast.unparse(pattern.func) == "re.compile"
        url = _string(pattern.args[0] if is_regex else pattern, "URL")
        # A regex: its longest literal run; a URL: its path and query (the host differs where it replays).
        if is_regex:
            literal = max(re.split(r"[.*+?^$()\[\]{}|\\]+", url), key=len)
        else:
            parts = urlsplit(url)
            literal = parts.path + (f"?{parts.query}" if parts.query else "")
        if matcher.startswith("not_") or not literal:
            raise Unconvertible(f"{matcher}({url!r}) cannot be said as 'the URL contains ...'")
        return Action("see_url", value=literal)
    target, role = _locator(subject)
    if matcher == "to_be_visible":
        return Action("see", value=target)
    if matcher in ("to_be_hidden", "not_to_be_visible"):
        return Action("dont_see", value=target)
    if matcher in ("to_have_text", "to_contain_text"):
        return Action("see", value=_string(call.args[0], "text"))
    if matcher == "to_have_value":
        return Action("see_value", target=target, value=_string(call.args[0], "value"), role=role)
    raise Unconvertible(f"expect(...).{matcher}() has no DSL equivalent")


def _statement(test: ImportedTest, stmt: ast.stmt) -> None:
    if isinstance(stmt, ast.With):
        for inner in stmt.body:
            _statement(test, inner)
        return
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
        raise Unconvertible(f"statement `{ast.unparse(stmt).splitlines()[0]}` is not a page call or expect()")
    call = stmt.value
    if not isinstance(call.func, ast.Attribute):
        raise Unconvertible(f"call {ast.unparse(call)} is not a page method")
    method, owner = call.func.attr, call.func.value
    if method.startswith(("to_", "not_to_")):
        test.add(_expectation(call), stmt.lineno)
    elif isinstance(owner, ast.Name):
        if method == "goto":
            test.add(Action("open", value=_string(call.args[0], "URL")), stmt.lineno)
        elif method in WAITS:
            raise Unconvertible(f"{method}() skipped: testgen waits for elements on its own")
        elif method in ("click", "fill", "check", "uncheck", "press", "select_option"):
            target = _selector_target(_string(call.args[0], "selector"))
            rest = ast.Call(func=call.func, args=call.args[1:], keywords=call.keywords)
            test.add(_action_on_locator(method, rest, target, None), stmt.lineno)
        else:
            raise Unconvertible(f"page.{method}() has no DSL equivalent")
    elif isinstance(owner, ast.Attribute) and owner.attr == "keyboard" and method == "press":
        test.add(Action("press", key=_string(call.args[0], "key")), stmt.lineno)
    else:
        target, role = _locator(owner)
        test.add(_action_on_locator(method, call, target, role), stmt.lineno)


def _comments(source: str) -> dict[int, str]:
    found: dict[int, str] = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            found[token.start[0]] = token.string.lstrip("#").strip()
    return found


def parse(source: str, filename: str) -> list[ImportedTest]:
    """Every `test_*` function in a Playwright Python file, as actions plus the problems met."""
    try:
        tree = ast.parse(source, filename)
        comments = _comments(source)
    except (SyntaxError, tokenize.TokenError) as err:
        raise ImportFailed(f"{filename}: not valid Python ({err}); fix the syntax or leave it out") from err
    tests = []
    for node in tree.body:
        if not (isinstance(node, ast.FunctionDef) and node.name.startswith("test")):
            continue
        inside = [text for line, text in sorted(comments.items()) if node.lineno <= line <= node.end_lineno]
        test = ImportedTest(filename, node.lineno, node.name,
                            describe_test(ast.get_docstring(node), node.name, inside))
        body = node.body[1:] if ast.get_docstring(node) else node.body
        for stmt in body:
            try:
                _statement(test, stmt)
            except (Unconvertible, IndexError) as err:
                message = str(err) if isinstance(err, Unconvertible) else "call is missing an argument"
                test.problems.append(ImportProblem(filename, stmt.lineno, message))
        tests.append(test)
    return tests
