"""Gherkin `.feature` files paired with Python step definitions whose bodies are written in our language.

Each scenario (each Examples row of an outline) becomes one test: its English is the scenario as written,
its steps the bodies of the definitions its lines match, with the placeholders' values put in. A line that
matches no definition, or more than one, is reported with the feature's file and line, never guessed.
"""

from __future__ import annotations

import ast
import copy
import re
from dataclasses import dataclass
from pathlib import Path

from gherkin.errors import CompositeParserException, ParserError, ParserException
from gherkin.parser import Parser
from gherkin.pickles.compiler import Compiler

from testgen.data.importers import ImportedTest, ImportFailed, ImportProblem, describe_test
from testgen.data.importers.dsl import _add_statements

STEP_FOLDERS = ("steps", "step_definitions", "step_defs")
KINDS = {"given": "Context", "when": "Action", "then": "Outcome", "step": None}  # decorator → Gherkin type
PATTERN_READERS = ("parse", "cfparse")  # pytest_bdd's parsers.parse(...) and parsers.cfparse(...)
PLACEHOLDER = re.compile(r"\{(\w+)(?::[^{}]*)?\}")
# A value written into a step line: a quoted string or one token (a word or a number).
VALUE = r"(\"[^\"]*\"|'[^']*'|[^\s\"']+)"
DECORATOR_LINE = re.compile(r"^\s*@\s*[\w.]*\b(given|when|then|step)\s*\(", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class StepDefinition:
    """One decorated function: the pattern it answers to, the Gherkin step type it serves (None: any) and
    the function whose body holds the steps."""

    pattern: str
    regex: re.Pattern[str]
    names: tuple[str, ...]  # placeholder names, in the order of the regex's groups
    kind: str | None
    function: ast.FunctionDef | ast.AsyncFunctionDef
    file: str

    @property
    def where(self) -> str:
        return f"{self.file}:{self.function.lineno}"

    def bind(self, text: str) -> dict[str, str] | None:
        """The placeholders' values when `text` matches this pattern, else None."""
        found = self.regex.fullmatch(text)
        if found is None:
            return None
        values = {}
        for name, value in zip(self.names, found.groups(), strict=True):
            quoted = len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'"
            values[name] = value[1:-1] if quoted else value
        return values


def compile_pattern(pattern: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A regex for a step pattern: `{name}` takes a quoted string or one token; written between quotes
    (behave's `"{name}"`) it takes whatever the quotes hold. Everything else is matched as written."""
    parts, names, at = [], [], 0
    for found in PLACEHOLDER.finditer(pattern):
        start, end = found.span()
        parts.append(re.escape(pattern[at:start]))
        before, after = pattern[start - 1:start], pattern[end:end + 1]
        quoted = before and before == after and before in "\"'"
        parts.append(f"([^{before}]*)" if quoted else VALUE)
        names.append(found.group(1))
        at = end
    parts.append(re.escape(pattern[at:]))
    return re.compile("".join(parts)), tuple(names)


def _pattern_of(decorator: ast.expr) -> tuple[str, str] | None:
    """(kind, pattern) of `@given("...")`, `@when(parsers.parse("..."))` and the like, else None."""
    if not isinstance(decorator, ast.Call) or not decorator.args:
        return None
    func = decorator.func
    kind = (func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else "")
    if kind.lower() not in KINDS:
        return None
    arg = decorator.args[0]
    if isinstance(arg, ast.Call) and len(arg.args) == 1:
        reader = arg.func.attr if isinstance(arg.func, ast.Attribute) else getattr(arg.func, "id", "")
        if reader not in PATTERN_READERS:
            return None
        arg = arg.args[0]
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return kind.lower(), arg.value
    return None


def read_definitions(source: str, filename: str) -> list[StepDefinition]:
    """Every step definition in one Python module; a module that is not valid Python fails the import."""
    try:
        tree = ast.parse(source, filename)
    except SyntaxError as err:
        raise ImportFailed(f"{filename}: step definitions are not valid Python ({err}); fix them") from err
    definitions = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for decorator in node.decorator_list:
            found = _pattern_of(decorator)
            if found is not None:
                regex, names = compile_pattern(found[1])
                definitions.append(StepDefinition(found[1], regex, names, KINDS[found[0]], node, filename))
    return definitions


def step_files(feature: Path) -> list[Path]:
    """Python files that may hold the feature's step definitions: beside it, and in a steps folder
    (`steps/`, `step_definitions/`, `step_defs/`) under its folder or its folder's parent."""
    folder = feature.parent
    found = set(folder.glob("*.py"))
    for base in (folder, folder.parent):
        for name in STEP_FOLDERS:
            if (base / name).is_dir():
                found.update((base / name).rglob("*.py"))
    return sorted(found)


def definitions_for(feature: Path) -> list[StepDefinition]:
    """The step definitions paired with a feature file (see `step_files`)."""
    definitions = []
    for path in step_files(feature):
        source = path.read_text(encoding="utf-8")
        if DECORATOR_LINE.search(source):
            definitions.extend(read_definitions(source, str(path)))
    return definitions


class _Substitute(ast.NodeTransformer):
    """Put the placeholders' values in place of the function's parameters that carry them."""

    def __init__(self, values: dict[str, str]):
        self.values = values

    def visit_Name(self, node: ast.Name) -> ast.expr:
        if isinstance(node.ctx, ast.Load) and node.id in self.values:
            return ast.copy_location(ast.Constant(self.values[node.id]), node)
        return node


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    args = function.args
    return {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}


def _feature_ast(source: str, filename: str) -> dict:
    """The parsed feature; a syntax error fails the file with its line."""
    try:
        return Parser().parse(source)
    except CompositeParserException as err:
        first = err.errors[0]
        raise ImportFailed(f"{filename}:{first.location['line']}: not valid Gherkin ({first}); fix it or "
                           "leave the file out") from None
    except ParserException as err:
        raise ImportFailed(f"{filename}:{err.location['line']}: not valid Gherkin ({err}); fix it or leave "
                           "the file out") from None
    except ParserError as err:
        raise ImportFailed(f"{filename}: not valid Gherkin ({err}); fix it or leave the file out") from None


def _written_steps(node: dict) -> dict[str, dict]:
    """Every step of the feature as written (keyword, line), by its id, for the pickles to point back to."""
    found = {}
    if isinstance(node, dict):
        if "keyword" in node and "text" in node and "id" in node:
            found[node["id"]] = node
        for value in node.values():
            found.update(_written_steps(value))
    elif isinstance(node, list):
        for item in node:
            found.update(_written_steps(item))
    return found


def _match(text: str, kind: str, definitions: list[StepDefinition]) -> tuple[StepDefinition, dict] | str:
    """The one definition a step line calls, with its values, or why there is none."""
    matches = [(d, v) for d in definitions if (v := d.bind(text)) is not None]
    fitting = [(d, v) for d, v in matches if d.kind is None or kind in ("Unknown", d.kind)]
    if len(fitting) == 1:
        return fitting[0]
    if len(fitting) > 1:
        where = ", ".join(f"{d.where} ({d.pattern!r})" for d, _ in fitting)
        return f"step {text!r} matches {len(fitting)} definitions: {where}; make their patterns distinct"
    decorator = next((name for name, served in KINDS.items() if served == kind), "step")
    if matches:
        where = ", ".join(d.where for d, _ in matches)
        return (f"step {text!r} is a {decorator.capitalize()} step, but its definition at {where} serves "
                f"another kind; decorate it with @{decorator} or @step")
    return (f"step {text!r} has no step definition; define it in a steps/ folder beside the feature with "
            f"@{decorator}({text!r})")


def _add_step(test: ImportedTest, pickle_step: dict, line: int, definitions: list[StepDefinition]) -> None:
    """Append the steps of the definition a step line calls, or a problem at the step's line."""
    text, kind = pickle_step["text"], pickle_step.get("type", "Unknown")
    if pickle_step.get("argument"):
        test.problems.append(ImportProblem(test.file, line, f"step {text!r} has a data table or doc string; "
                                           "write its values into the step line instead"))
        return
    found = _match(text, kind, definitions)
    if isinstance(found, str):
        test.problems.append(ImportProblem(test.file, line, found))
        return
    definition, values = found
    carried = {name: value for name, value in values.items() if name in _parameters(definition.function)}
    body = [_Substitute(carried).visit(copy.deepcopy(stmt)) for stmt in definition.function.body]
    scratch = ImportedTest(definition.file, definition.function.lineno, definition.function.name, "")
    _add_statements(scratch, body, definition.file, None)
    for problem in scratch.problems:
        message = f"step {text!r}: its definition at {problem.file}:{problem.line}: {problem.message}"
        test.problems.append(ImportProblem(test.file, line, message))
    for action, step in zip(scratch.actions, scratch.steps, strict=True):
        test.add(action, line, step)


def parse(source: str, filename: str, definitions: list[StepDefinition]) -> list[ImportedTest]:
    """One test per scenario and per Examples row; a scenario with a problem keeps its problems and no steps,
    so that it is reported and not replayed."""
    document = _feature_ast(source, filename)
    document["uri"] = filename
    written = _written_steps(document)
    tests = []
    for pickle in Compiler().compile(document):
        lines = []
        test = ImportedTest(filename, pickle["location"]["line"], pickle["name"], "")
        for pickle_step in pickle["steps"]:
            origin = written[pickle_step["astNodeIds"][0]]
            lines.append(f"{origin['keyword'].strip()} {pickle_step['text']}")
            _add_step(test, pickle_step, origin["location"]["line"], definitions)
        test.description = describe_test("\n".join([pickle["name"], *lines]), pickle["name"], [])
        if len(pickle["astNodeIds"]) > 1:  # an Examples row of an outline
            test.name = f"{pickle['name']} (example at line {test.line})"
        if test.problems:
            test.actions, test.lines, test.steps = [], [], []
        tests.append(test)
    return tests
