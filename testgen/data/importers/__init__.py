"""Turn a team's existing tests (our DSL, Playwright Python, CodeceptJS, Gherkin) into actions, then records.

Every importer returns `ImportedTest`s; whatever it cannot convert is an `ImportProblem` with file and line.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from pathlib import Path

from testgen.data.english import Action
from testgen.errors import TestgenError
from testgen.step import Step


class ImportFailed(TestgenError):
    """A file that no importer can read at all (unknown kind, syntax error)."""


@dataclass
class ImportProblem:
    """One line that could not be converted, and why."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class ImportedTest:
    """One test as actions, with the English gathered from its docstring, name and comments.

    A test written in testgen's own language also keeps its steps exactly as written (`near=`, `wait_for`
    and `type` have no English-side action of their own).
    """

    file: str
    line: int
    name: str
    description: str
    actions: list[Action] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # source line of each action
    problems: list[ImportProblem] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)  # the written steps, for tests in our own language

    def add(self, action: Action, line: int, step: Step | None = None) -> None:
        self.actions.append(action)
        self.lines.append(line)
        if step is not None:
            self.steps.append(step)


def humanize_name(name: str) -> str:
    """'test_login_shows_welcome' or 'Login shows welcome' → 'login shows welcome'."""
    name = re.sub(r"^test_?", "", name)
    name = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)
    return re.sub(r"[_\s]+", " ", name).strip().lower()


def describe_test(docstring: str | None, name: str, comments: list[str]) -> str:
    """The task text: the docstring when there is one, else the test's name; comments are appended.

    The author's line breaks are kept (numbered steps, Given/When/Then); spaces within a line are collapsed.
    """
    lines = (" ".join(line.split()) for line in inspect.cleandoc(docstring or "").splitlines())
    head = "\n".join(line for line in lines if line) or humanize_name(name).capitalize()
    tail = " ".join(c.strip().rstrip(".") + "." for c in comments if c.strip())
    if head and tail and not re.search(r"[.!?][\"'”’)]*$", head):
        head += "."  # the comments follow as sentences of their own
    return (head + " " + tail).strip()


TEST_SUFFIXES = (".py", ".js", ".ts", ".feature")


def parse_paths(paths: list[Path]) -> tuple[list[Path], list[ImportedTest], list[str]]:
    """Every test file under `paths` (files, or folders searched for .py/.js/.ts/.feature), the tests read
    from them, and one line per file no importer could read (file and why) or per problem of a test that
    converted to nothing (a skipped scenario): a broken file is reported, not fatal."""
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            raise ImportFailed(f"{path} does not exist; pass test files or folders")
        found = sorted(p for p in path.rglob("*") if p.suffix in TEST_SUFFIXES) if path.is_dir() else [path]
        files.extend(found)
    tests, failures = [], []
    for file in files:
        try:
            read = parse_file(file)
        except ImportFailed as err:
            failures.append(str(err))
            continue
        for test in read:
            if test.problems and not test.actions:
                failures.extend(str(problem) for problem in test.problems)
            else:
                tests.append(test)
    return files, tests, failures


def parse_file(path: str | Path) -> list[ImportedTest]:
    """Read one test file with the importer its name and content call for."""
    from testgen.data.importers import codecept, dsl, gherkin, playwright_py

    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".feature":
        return gherkin.parse(text, str(path), gherkin.definitions_for(path))
    if path.suffix in (".js", ".ts", ".mjs", ".cjs"):
        return codecept.parse(text, str(path))
    if path.suffix == ".py":
        if "get_by_" in text or "page.goto" in text or "expect(" in text:
            return playwright_py.parse(text, str(path))
        return dsl.parse(text, str(path))
    raise ImportFailed(f"{path}: unknown kind of test file; import .py (DSL, Playwright), .js (CodeceptJS) "
                       "or .feature (Gherkin with step definitions)")
