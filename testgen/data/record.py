"""One training record (task, pages, steps) and its validation; `datasets/SCHEMA.md` is the contract."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from testgen.errors import TestgenError

KINDS = ("generate", "repair")
VALUE_SOURCES = ("task", "option", "page")
VERDICTS = ("fixed", "behaviour_changed")


class RecordError(TestgenError):
    """A record that does not follow `datasets/SCHEMA.md`; the message names file, line and field."""


@dataclass
class StepRecord:
    """One step: the page it acts on (outline and diff), the DSL line, and where its arguments come from."""

    outline: str
    diff: str
    line: str
    target_id: int | None = None
    value_source: str | None = None
    value_span: list[int] | None = None
    see_line: int | None = None


@dataclass
class Repair:
    """What broke when the page changed, and the corrected line (None when the behaviour really changed)."""

    mutation: str
    failing_step: int
    error: str
    outline: str
    fixed_line: str | None
    verdict: str


@dataclass
class Record:
    """A task in English, its start page, and the verified steps that carry it out."""

    site: str
    start_url: str
    task: str
    kind: str
    steps: list[StepRecord]
    style: str = ""
    source: str = ""
    repair: Repair | None = None
    meta: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        out = asdict(self)
        if self.repair is None:
            out.pop("repair")
        return out

    def key(self) -> str:
        """Identity for deduplication: same site, start, task text and steps means the same record."""
        lines = "\n".join(step.line for step in self.steps)
        fixed = (self.repair.fixed_line or "") if self.repair else ""
        blob = "\x1f".join([self.site, self.start_url, self.task, self.kind, lines, fixed])
        return hashlib.sha1(blob.encode()).hexdigest()[:16]


def _fail(where: str, field_name: str, problem: str) -> RecordError:
    return RecordError(f"{where}: field '{field_name}' {problem}; make the record follow datasets/SCHEMA.md")


def _check_type(where: str, data: dict, name: str, types: type | tuple, required: bool = True) -> None:
    if name not in data:
        if required:
            raise _fail(where, name, "is missing")
        return
    value = data[name]
    if value is None and not required:
        return
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in _as_tuple(types)):
        raise _fail(where, name, f"should be {_type_names(types)}, got {type(value).__name__} {value!r:.60}")


def _as_tuple(types: type | tuple) -> tuple:
    return types if isinstance(types, tuple) else (types,)


def _type_names(types: type | tuple) -> str:
    return " or ".join(t.__name__ for t in _as_tuple(types))


def _validate_step(where: str, index: int, data: dict, task: str) -> StepRecord:
    at = f"steps[{index}]"
    if not isinstance(data, dict):
        raise _fail(where, at, f"should be an object, got {type(data).__name__}")
    for name in ("outline", "diff", "line"):
        _check_type(where, data, name, str)
        if name == "line" and not data[name].startswith("I."):
            raise _fail(where, f"{at}.line", f"should be one DSL line 'I.verb(...)', got {data[name]!r:.50}")
    _check_type(where, data, "target_id", int, required=False)
    _check_type(where, data, "value_source", str, required=False)
    _check_type(where, data, "value_span", list, required=False)
    _check_type(where, data, "see_line", int, required=False)
    source, span = data.get("value_source"), data.get("value_span")
    if source is not None and source not in VALUE_SOURCES:
        raise _fail(where, f"{at}.value_source", f"should be one of {VALUE_SOURCES}, got {source!r}")
    if span is not None:
        if len(span) != 2 or not all(isinstance(x, int) for x in span) or not 0 <= span[0] <= span[1]:
            raise _fail(where, f"{at}.value_span", f"should be [start, end] with start <= end, got {span}")
        if source == "task" and span[1] > len(task):
            raise _fail(where, f"{at}.value_span", f"ends at {span[1]}, past the task's {len(task)} chars")
    n_lines = len(data["outline"].splitlines())
    if data.get("see_line") is not None and data["see_line"] >= n_lines:
        raise _fail(where, f"{at}.see_line", f"points past the outline's {n_lines} lines")
    extra = set(data) - set(StepRecord.__dataclass_fields__)
    if extra:
        raise _fail(where, f"{at}.{sorted(extra)[0]}", "is not part of a step")
    return StepRecord(**data)


def validate_record(data: dict, where: str = "<record>") -> Record:
    """Check one decoded JSON object against the schema and build a `Record`; `RecordError` if broken."""
    if not isinstance(data, dict):
        raise RecordError(f"{where}: a record should be a JSON object, got {type(data).__name__}")
    for name in ("site", "start_url", "task", "kind"):
        _check_type(where, data, name, str)
        if not data[name].strip():
            raise _fail(where, name, "is empty")
    if data["kind"] not in KINDS:
        raise _fail(where, "kind", f"should be one of {KINDS}, got {data['kind']!r}")
    if not data["start_url"].startswith(("/", "http://", "https://", "file://", "corpus:")):
        raise _fail(where, "start_url", f"should be a path or URL, got {data['start_url']!r}")
    _check_type(where, data, "steps", list)
    if not data["steps"]:
        raise _fail(where, "steps", "is empty; a record needs at least one step")
    steps = [_validate_step(where, i, s, data["task"]) for i, s in enumerate(data["steps"])]
    for name in ("style", "source"):
        _check_type(where, data, name, str, required=False)
    _check_type(where, data, "meta", dict, required=False)
    repair = None
    if data["kind"] == "repair":
        _check_type(where, data, "repair", dict)
        repair = _validate_repair(where, data["repair"], len(steps))
    elif data.get("repair") is not None:
        raise _fail(where, "repair", "is only allowed on records of kind 'repair'")
    extra = set(data) - set(Record.__dataclass_fields__)
    if extra:
        raise _fail(where, sorted(extra)[0], "is not part of a record")
    return Record(
        site=data["site"], start_url=data["start_url"], task=data["task"], kind=data["kind"], steps=steps,
        style=data.get("style") or "", source=data.get("source") or "", repair=repair,
        meta=data.get("meta") or {},
    )


def _validate_repair(where: str, data: dict, n_steps: int) -> Repair:
    for name in ("mutation", "error", "outline", "verdict"):
        _check_type(where, data, name, str)
    _check_type(where, data, "failing_step", int)
    _check_type(where, data, "fixed_line", str, required=False)
    if data["verdict"] not in VERDICTS:
        raise _fail(where, "repair.verdict", f"should be one of {VERDICTS}, got {data['verdict']!r}")
    if not 0 <= data["failing_step"] < n_steps:
        raise _fail(where, "repair.failing_step", f"should index one of the {n_steps} steps")
    if (data["verdict"] == "fixed") != (data.get("fixed_line") is not None):
        raise _fail(where, "repair.fixed_line", "should be set exactly when the verdict is 'fixed'")
    extra = set(data) - set(Repair.__dataclass_fields__)
    if extra:
        raise _fail(where, f"repair.{sorted(extra)[0]}", "is not part of a repair")
    return Repair(**{k: data.get(k) for k in Repair.__dataclass_fields__})


def _open(path: Path, mode: str):
    return gzip.open(path, mode + "t", encoding="utf-8") if path.suffix == ".gz" else path.open(mode)


def read_records(path: str | Path) -> Iterator[Record]:
    """Yield validated records from a `.jsonl` or `.jsonl.gz` file; a broken line raises with file:line."""
    path = Path(path)
    with _open(path, "r") as handle:
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            where = f"{path}:{number}"
            try:
                data = json.loads(text)
            except json.JSONDecodeError as err:
                raise RecordError(f"{where}: not valid JSON ({err.msg} at column {err.colno}); "
                                  "each line must be one JSON object") from err
            yield validate_record(data, where)


def write_records(path: str | Path, records: Iterable[Record], append: bool = False) -> int:
    """Write records as JSON lines (gzip when the name ends in .gz); return how many were written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with _open(path, "a" if append else "w") as handle:
        for record in records:
            handle.write(json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n")
            count += 1
    return count
