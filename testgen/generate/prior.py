"""The verb the next clause asks for, fitted to the page: a training-free bonus on the decoder's verb."""

from __future__ import annotations

from html_compactor.reader import OutlineLine
from testgen.generate.decode import END_OF_TEST
from testgen.reading.clauses import bare, choose_verb, next_clause


def fit_to_page(verb: str, clause: str, lines: list[OutlineLine] | None) -> str:
    """The clause's verb fitted to the page: `fill` becomes `select` when the element the clause names is a
    select ("Set Currency to JPY" reads like typing, but a select is chosen from), and a check that is only
    a button's name becomes a click of it."""
    if not lines:
        return verb
    if verb == "see":
        # A clause that is just a button's or link's name ("then Confirm transfer") is a click of it.
        plain = bare(clause).strip(" .!?,:;").casefold()
        buttons = {line.name.casefold() for line in lines if line.role in ("button", "link") and line.name}
        return "click" if plain in buttons else verb
    if verb != "fill":
        return verb
    low = clause.casefold()
    named = [line for line in lines if line.name and line.name.casefold() in low]
    best = max(named, key=lambda line: len(line.name), default=None)
    return "select" if best is not None and best.options else verb


def verb_prior(
    task: str, cursor: int, weight: float = 3.0, lines: list[OutlineLine] | None = None
) -> dict[str, float]:
    """A training-free bonus for the verb the next clause asks for, or for ending when none is left.
    With the page's outline `lines`, the verb is fitted to the element the clause names."""
    clause = next_clause(task, cursor)
    if clause is None:
        return {END_OF_TEST: weight}
    text = task[clause[0] : clause[1]]
    return {fit_to_page(choose_verb(text), text, lines): weight, END_OF_TEST: -weight}
