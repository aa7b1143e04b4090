"""One line of the test language (`Step`) and a whole test module (`TestScript`).

Everything that writes or reads tests (runtime, generator, data builder, importers, analyzer) goes through
these types. Rendering escapes every string so page text can never leave its literal; parsing uses `ast`,
never `eval`.
"""

from __future__ import annotations

import ast
import difflib
from dataclasses import dataclass, field

from testgen.errors import TestgenError

# Roles a target may resolve to, per kind of target. `None`: any element (interactive roles first).
TARGET_ROLES: dict[str, frozenset[str] | None] = {
    "clickable": None,
    "fillable": frozenset({"textbox", "searchbox", "combobox", "spinbutton", "slider"}),
    "selectable": frozenset({"combobox", "listbox"}),
    "checkable": frozenset({"checkbox", "radio", "switch", "menuitemcheckbox", "menuitemradio"}),
    "field": frozenset(
        {"textbox", "searchbox", "combobox", "spinbutton", "slider", "listbox", "checkbox", "radio", "switch"}
    ),
    "text": None,
}


@dataclass(frozen=True)
class Verb:
    """How a verb is written: its positional parameters and, for verbs that find something, what it finds."""

    params: tuple[str, ...]  # as the language writes them; the first fills Step.target, the second .value
    kind: str | None = None  # key of TARGET_ROLES when the first argument is looked up on the page
    takes_near: bool = False


VERBS: dict[str, Verb] = {
    "go_to": Verb(("url",)),
    "click": Verb(("target",), "clickable", True),
    "double_click": Verb(("target",), "clickable", True),
    "fill": Verb(("target", "value"), "fillable", True),
    "type": Verb(("text",)),
    "press": Verb(("key",)),
    "select": Verb(("target", "option"), "selectable", True),
    "check": Verb(("target",), "checkable", True),
    "uncheck": Verb(("target",), "checkable", True),
    "hover": Verb(("target",), "clickable", True),
    "see": Verb(("text",), "text", True),
    "dont_see": Verb(("text",), "text", True),
    "see_value": Verb(("target", "value"), "field", True),
    "see_url": Verb(("fragment",)),
    "wait_for": Verb(("text",), "text", True),
}


class StepSyntaxError(TestgenError, ValueError):
    """A line or module is not valid test language."""


def suggest(word: str, choices: list[str] | tuple[str, ...]) -> str:
    """' Did you mean X?' for the closest choice, or '' when nothing is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.5)
    return f" Did you mean {close[0]}?" if close else ""


def quote(text: str) -> str:
    """A double-quoted Python literal for `text`; every control or unprintable character is escaped."""
    out = ['"']
    for ch in text:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ch.isprintable():
            out.append(ch)
        else:
            code = ord(ch)
            if code < 0x100:
                out.append(f"\\x{code:02x}")
            else:
                out.append(f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    out.append('"')
    return "".join(out)


def _number(value: float) -> str:
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


@dataclass(frozen=True)
class Step:
    """One call on `I`: `Step("fill", "Username", "bob")` renders as `I.fill("Username", "bob")`.

    The first positional argument is always `target` (a URL, text or key for verbs that take no element),
    the second `value`. `timeout` is in seconds.
    """

    verb: str
    target: str | None = None
    value: str | None = None
    near: str | None = None
    timeout: float | None = None

    def __post_init__(self) -> None:
        spec = VERBS.get(self.verb)
        if spec is None:
            raise StepSyntaxError(f"unknown verb {self.verb!r}.{suggest(self.verb, tuple(VERBS))}")
        given = [self.target, self.value]
        for index, name in enumerate(("target", "value")):
            wanted = index < len(spec.params)
            if wanted and not isinstance(given[index], str):
                raise StepSyntaxError(
                    f"{self.verb}() needs {spec.params[index]} as a string: write {self.signature()}"
                )
            if not wanted and given[index] is not None:
                raise StepSyntaxError(f"{self.verb}() takes no {name}: write {self.signature()}")
        if self.near is not None and (not spec.takes_near or not isinstance(self.near, str)):
            raise StepSyntaxError(f"{self.verb}() takes no near= argument (a string, for element verbs only)")
        if self.timeout is not None and (
            isinstance(self.timeout, bool) or not isinstance(self.timeout, int | float) or self.timeout <= 0
        ):
            raise StepSyntaxError(f"timeout= must be a positive number of seconds, got {self.timeout!r}")

    def signature(self) -> str:
        """How this step's verb is called, e.g. `I.fill(target, value)`."""
        return f"I.{self.verb}({', '.join(VERBS[self.verb].params)})"

    @property
    def args(self) -> tuple[str, ...]:
        """The positional arguments, in the order they are written."""
        return (self.target, self.value)[: len(VERBS[self.verb].params)]  # type: ignore[return-value]

    def render(self) -> str:
        """The step as one line of Python, e.g. `I.click("Save", near="Shipping")`."""
        parts = [quote(a) for a in self.args]
        if self.near is not None:
            parts.append(f"near={quote(self.near)}")
        if self.timeout is not None:
            parts.append(f"timeout={_number(self.timeout)}")
        return f"I.{self.verb}({', '.join(parts)})"

    @classmethod
    def parse(cls, line: str) -> Step:
        """Read one rendered line back into a Step; raises StepSyntaxError naming what is wrong."""
        try:
            tree = ast.parse(line.strip(), mode="eval")
        except SyntaxError as err:
            raise StepSyntaxError(f"not a Python expression: {line.strip()!r} ({err.msg})") from None
        return step_from_call(tree.body, line.strip())


def _call_parts(node: ast.expr, source: str) -> tuple[str, list[str], dict[str, object]]:
    """Verb, string arguments and keyword constants of `I.<verb>(...)`."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "I"
    ):
        raise StepSyntaxError(f"expected a call like I.click(\"Save\"), got {source!r}")
    args: list[str] = []
    for arg in node.args:
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
            raise StepSyntaxError(f"arguments must be string literals in {source!r}")
        args.append(arg.value)
    keywords: dict[str, object] = {}
    for kw in node.keywords:
        if kw.arg is None or not isinstance(kw.value, ast.Constant):
            raise StepSyntaxError(f"keyword arguments must be literals like near=\"Cart\" in {source!r}")
        keywords[kw.arg] = kw.value.value
    return node.func.attr, args, keywords


def step_from_call(node: ast.expr, source: str = "") -> Step:
    """Turn an `ast` call node `I.verb(...)` into a Step."""
    verb, args, keywords = _call_parts(node, source)
    if verb == "within":
        raise StepSyntaxError("within is a block: write `with I.within(\"Cart\"):` and indent the steps")
    spec = VERBS.get(verb)
    if spec is None:
        raise StepSyntaxError(f"unknown verb {verb!r} in {source!r}.{suggest(verb, tuple(VERBS))}")
    if len(args) != len(spec.params):
        raise StepSyntaxError(
            f"I.{verb} takes {len(spec.params)} argument(s) ({', '.join(spec.params)}), "
            f"got {len(args)} in {source!r}"
        )
    unknown = set(keywords) - {"near", "timeout"}
    if unknown:
        raise StepSyntaxError(f"unknown keyword {sorted(unknown)[0]!r} in {source!r}; use near= or timeout=")
    padded = [*args, None, None]
    return Step(verb, padded[0], padded[1], keywords.get("near"), keywords.get("timeout"))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Within:
    """A `with I.within(target):` block and the steps (or blocks) inside it."""

    target: str
    body: tuple[Step | Within, ...]

    def render_lines(self, indent: str) -> list[str]:
        lines = [f"{indent}with I.within({quote(self.target)}):"]
        for item in self.body:
            lines.extend(_render_item(item, indent + "    "))
        return lines


def _render_item(item: Step | Within, indent: str) -> list[str]:
    return item.render_lines(indent) if isinstance(item, Within) else [indent + item.render()]


def _docstring(text: str) -> str:
    """The module docstring, triple-quoted and readable; escaped only where the text would end it early."""
    if not all(ch.isprintable() or ch == "\n" for ch in text):
        return quote(text)
    body = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    head = body[:-1]
    if body.endswith('"') and (len(head) - len(head.rstrip("\\"))) % 2 == 0:  # an unescaped closing quote
        body = head + '\\"'
    return f'"""{body}"""'


@dataclass(frozen=True)
class TestScript:
    """A whole pytest module: docstring, one test function, its steps and `within` blocks."""

    __test__ = False  # not a pytest test class

    name: str
    doc: str = ""
    body: tuple[Step | Within, ...] = field(default_factory=tuple)
    # A comment above body items: (index in `body`, text), e.g. the clause of the sentence a step realizes.
    notes: tuple[tuple[int, str], ...] = field(default_factory=tuple, compare=False)

    def __post_init__(self) -> None:
        if not (self.name.startswith("test_") and self.name.isidentifier()):
            raise StepSyntaxError(f"test name {self.name!r} must be an identifier starting with test_")

    def steps(self) -> list[Step]:
        """All steps in the order they run, flattening `within` blocks."""
        flat: list[Step] = []

        def visit(items: tuple[Step | Within, ...]) -> None:
            for item in items:
                if isinstance(item, Within):
                    visit(item.body)
                else:
                    flat.append(item)

        visit(self.body)
        return flat

    def render(self) -> str:
        """The module's source text, ready to save as `test_*.py` and run with pytest."""
        lines = [_docstring(self.doc), "from testgen import I", "", "", f"def {self.name}():"]
        notes = dict(self.notes)
        for index, item in enumerate(self.body or ()):
            if index in notes:
                lines.append("    # " + " ".join(notes[index].split()))
            lines.extend(_render_item(item, "    "))
        if not self.body:
            lines.append("    pass")
        return "\n".join(lines) + "\n"

    @classmethod
    def parse(cls, source: str) -> TestScript:
        """Read a module written in the test language; raises StepSyntaxError with the line at fault."""
        try:
            module = ast.parse(source)
        except SyntaxError as err:
            raise StepSyntaxError(f"line {err.lineno}: not valid Python ({err.msg})") from None
        doc = ast.get_docstring(module, clean=False) or ""
        tests = [n for n in module.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")]
        if len(tests) != 1:
            raise StepSyntaxError(f"expected exactly one test_ function, found {len(tests)}")
        return cls(tests[0].name, doc, _parse_body(tests[0].body, source))


def _parse_body(statements: list[ast.stmt], source: str) -> tuple[Step | Within, ...]:
    items: list[Step | Within] = []
    for stmt in statements:
        text = ast.get_source_segment(source, stmt) or ""
        if isinstance(stmt, ast.Pass):
            continue
        if isinstance(stmt, ast.Expr):
            try:
                items.append(step_from_call(stmt.value, text))
            except StepSyntaxError as err:
                raise StepSyntaxError(f"line {stmt.lineno}: {err}") from None
        elif isinstance(stmt, ast.With) and len(stmt.items) == 1 and stmt.items[0].optional_vars is None:
            verb, args, keywords = _call_parts(stmt.items[0].context_expr, text.splitlines()[0])
            if verb != "within" or len(args) != 1 or keywords:
                raise StepSyntaxError(f"line {stmt.lineno}: expected `with I.within(\"Section\"):`")
            items.append(Within(args[0], _parse_body(stmt.body, source)))
        else:
            raise StepSyntaxError(f"line {stmt.lineno}: expected I.<verb>(...) or `with I.within(...)`")
    return tuple(items)
