"""CodeceptJS scripts → actions, with a small tokenizer for JavaScript string literals and comments.

Only `Scenario(...)` bodies and their `I.*` calls are read; nothing is executed.
"""

from __future__ import annotations

from dataclasses import dataclass

from testgen.data.english import Action
from testgen.data.importers import ImportedTest, ImportFailed, ImportProblem, describe_test

ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
# CodeceptJS method → (verb, how its literal arguments map: names of target/value/key in order).
METHODS = {
    "amOnPage": ("open", ("value",)),
    "click": ("click", ("target",)),
    "doubleClick": None,
    "fillField": ("fill", ("target", "value")),
    "appendField": ("fill", ("target", "value")),
    "selectOption": ("select", ("target", "value")),
    "checkOption": ("check", ("target",)),
    "uncheckOption": ("uncheck", ("target",)),
    "pressKey": ("press", ("key",)),
    "see": ("see", ("value",)),
    "waitForText": ("see", ("value",)),
    "dontSee": ("dont_see", ("value",)),
    "seeInField": ("see_value", ("target", "value")),
    "seeInCurrentUrl": ("see_url", ("value",)),
}
IGNORED_WAITS = {"wait", "waitForElement", "waitForVisible", "waitForNavigation"}


class JSSyntaxError(Exception):
    """A literal that never closes."""


@dataclass
class Token:
    kind: str  # "str", "name", "num", "punct", "comment"
    text: str
    line: int


def tokenize(source: str) -> list[Token]:
    """Split JavaScript into strings (decoded), names, numbers, punctuation and comments, with lines."""
    tokens: list[Token] = []
    i, line, n = 0, 1, len(source)
    while i < n:
        c = source[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif source.startswith("//", i):
            end = source.find("\n", i)
            end = n if end < 0 else end
            tokens.append(Token("comment", source[i + 2:end].strip(), line))
            i = end
        elif source.startswith("/*", i):
            end = source.find("*/", i + 2)
            if end < 0:
                raise JSSyntaxError(f"line {line}: comment never closes")
            text = source[i + 2:end]
            tokens.append(Token("comment", " ".join(t.strip(" *") for t in text.splitlines()).strip(), line))
            line += text.count("\n")
            i = end + 2
        elif c in "'\"`":
            start_line = line
            i += 1
            chars: list[str] = []
            interpolated = False
            while True:
                if i >= n:
                    raise JSSyntaxError(f"line {start_line}: string never closes")
                ch = source[i]
                if ch == c:
                    i += 1
                    break
                if ch == "\n":
                    if c != "`":
                        raise JSSyntaxError(f"line {start_line}: string never closes")
                    line += 1
                if ch == "\\" and i + 1 < n:
                    nxt = source[i + 1]
                    if nxt == "u" and source[i + 2:i + 6].isalnum():
                        chars.append(chr(int(source[i + 2:i + 6], 16)))
                        i += 6
                        continue
                    if nxt == "\n":
                        line += 1
                    else:
                        chars.append(ESCAPES.get(nxt, nxt))
                    i += 2
                    continue
                if c == "`" and source.startswith("${", i):
                    interpolated = True
                chars.append(ch)
                i += 1
            tokens.append(Token("template" if interpolated else "str", "".join(chars), start_line))
        elif c.isalpha() or c in "_$":
            j = i
            while j < n and (source[j].isalnum() or source[j] in "_$"):
                j += 1
            tokens.append(Token("name", source[i:j], line))
            i = j
        elif c.isdigit():
            j = i
            while j < n and (source[j].isalnum() or source[j] == "."):
                j += 1
            tokens.append(Token("num", source[i:j], line))
            i = j
        else:
            tokens.append(Token("punct", c, line))
            i += 1
    return tokens


def _arguments(tokens: list[Token], start: int) -> tuple[list[list[Token]], int]:
    """Tokens of each top-level argument of the call whose '(' is at `start`; index after ')'."""
    args: list[list[Token]] = [[]]
    depth, i = 0, start
    while i < len(tokens):
        t = tokens[i]
        if t.kind == "punct" and t.text in "([{":
            depth += 1
            if depth > 1:
                args[-1].append(t)
        elif t.kind == "punct" and t.text in ")]}":
            depth -= 1
            if depth == 0:
                return [a for a in args if a], i + 1
            args[-1].append(t)
        elif t.kind == "punct" and t.text == "," and depth == 1:
            args.append([])
        elif t.kind != "comment":
            args[-1].append(t)
        i += 1
    raise JSSyntaxError(f"line {tokens[start].line}: call never closes")


def _call_to_action(method: str, args: list[list[Token]]) -> Action:
    spec = METHODS.get(method)
    if spec is None:
        raise ValueError(f"I.{method}() has no DSL equivalent")
    verb, names = spec
    values: dict[str, str] = {}
    for name, arg in zip(names, args, strict=False):
        if len(arg) != 1 or arg[0].kind != "str":
            shown = " ".join(t.text for t in arg)
            raise ValueError(f"I.{method}() argument {shown!r} is not a plain string; "
                             "locators like {css: ...} name no visible text")
        values[name] = arg[0].text
    if len(values) < len(names):
        raise ValueError(f"I.{method}() needs {len(names)} string arguments")
    if verb == "click" and len(args) > 1:
        raise ValueError("I.click() with a context argument; only the visible name converts")
    return Action(verb, target=values.get("target"), value=values.get("value"), key=values.get("key"))


def parse(source: str, filename: str) -> list[ImportedTest]:
    """Every `Scenario('title', ...)` of a CodeceptJS file, as actions plus the problems met."""
    try:
        tokens = tokenize(source)
    except JSSyntaxError as err:
        raise ImportFailed(f"{filename}: {err}; fix the file or leave it out") from err
    tests: list[ImportedTest] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        is_scenario = t.kind == "name" and t.text == "Scenario" and i + 2 < len(tokens) \
            and tokens[i + 1].text == "(" and tokens[i + 2].kind == "str"
        if not is_scenario:
            i += 1
            continue
        args, end = _arguments(tokens, i + 1)
        title = tokens[i + 2].text
        comments = [tok.text for tok in tokens[i:end] if tok.kind == "comment"]
        test = ImportedTest(filename, t.line, title, describe_test(None, title, comments))
        _read_body(test, [tok for arg in args[1:] for tok in arg], filename)
        tests.append(test)
        i = end
    return tests


def _read_body(test: ImportedTest, body: list[Token], filename: str) -> None:
    j = 0
    while j < len(body):
        t = body[j]
        is_call = t.kind == "name" and t.text == "I" and j + 3 < len(body) and body[j + 1].text == "." \
            and body[j + 2].kind == "name" and body[j + 3].text == "("
        if not is_call:
            j += 1
            continue
        method = body[j + 2].text
        args, after = _arguments(body, j + 3)
        j = after
        if method in IGNORED_WAITS:
            message = f"I.{method}() skipped: testgen waits on its own"
            test.problems.append(ImportProblem(filename, t.line, message))
            continue
        try:
            test.add(_call_to_action(method, args), t.line)
        except ValueError as err:
            test.problems.append(ImportProblem(filename, t.line, str(err)))
