"""Compactor settings: one dataclass, overridable by `TESTGEN_COMPACT_*` variables and CLI flags."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

from html_compactor.errors import CompactionError

ENV_PREFIX = "TESTGEN_COMPACT_"


@dataclass(frozen=True)
class CompactorConfig:
    """How much of a page the outline keeps and how it is cut."""

    text_chars: int = 80  # a text line longer than this is cut and ends with "…"
    name_chars: int = 120  # names longer than this are cut; a cut name resolves as a prefix
    options_shown: int = 3  # a combobox lists this many options, then "(+N more)"
    fold_keep: int = 2  # a folded run of similar siblings keeps this many, then one count line
    fold_min: int = 6  # runs shorter than this are never folded
    full_fold_min: int = 6  # without a budget, runs shorter than this are printed whole
    max_bytes: int = 256 * 1024 * 1024  # larger inputs are refused with CompactionError

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: int) -> CompactorConfig:
        """Defaults, then `TESTGEN_COMPACT_<FIELD>` variables, then explicit keyword overrides."""
        environ = os.environ if environ is None else environ
        values: dict[str, int] = {}
        for field in fields(cls):
            raw = environ.get(ENV_PREFIX + field.name.upper())
            if raw is not None:
                try:
                    values[field.name] = int(raw)
                except ValueError:
                    raise CompactionError(
                        f"{ENV_PREFIX}{field.name.upper()}={raw!r} is not an integer; set a whole number"
                    ) from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)
