"""The verb the next clause asks for, fitted to the page: a training-free bonus on the decoder's verb."""

from __future__ import annotations

from html_compactor.reader import OutlineLine
from testgen.generate.candidates import holds_words
from testgen.generate.decode import END_OF_TEST
from testgen.reading.clauses import bare, choose_verb, names_start_page, next_clause
from testgen.reading.words import normalise


def fit_to_page(verb: str, clause: str, lines: list[OutlineLine] | None) -> str:
    """The clause's verb fitted to the page: `fill` becomes `select` when the element the clause names is a
    select ("Set Currency to JPY" reads like typing, but a select is chosen from), `fill` or `click` when
    what it says is a select's option ("then All accounts again"), and a check that is only a button's name
    becomes a click of it."""
    if not lines:
        return verb
    if verb == "see":
        # A clause that is just a button's or link's name ("then Confirm transfer") is a click of it.
        plain = bare(clause).strip(" .!?,:;").casefold()
        buttons = {line.name.casefold() for line in lines if line.role in ("button", "link") and line.name}
        return "click" if plain in buttons else verb
    if verb not in ("click", "fill"):
        return verb
    # The longest page name the clause says, and whether it is a list's option (or, typing, a list's name).
    low = normalise(clause)
    said = [
        (len(name), name in options or (verb == "fill" and name == normalise(line.name) and bool(options)))
        for line in lines
        for options in [{normalise(o) for o in line.options}]
        for name in (normalise(line.name), *options)
        if name and holds_words(low, name)
    ]
    return "select" if said and max(said)[1] else verb


def verb_prior(
    task: str, cursor: int, weight: float = 3.0, lines: list[OutlineLine] | None = None
) -> dict[str, float]:
    """A training-free bonus for the verb the next clause asks for (past one that only says where the test
    starts), or for ending when none is left.
    With the page's outline `lines`, the verb is fitted to the element the clause names."""
    clause = next_clause(task, cursor)
    while clause is not None and names_start_page(task[clause[0] : clause[1]]):  # the opening go_to did it
        clause = next_clause(task, clause[1])
    if clause is None:
        return {END_OF_TEST: weight}
    text = task[clause[0] : clause[1]]
    return {fit_to_page(choose_verb(text), text, lines): weight, END_OF_TEST: -weight}
