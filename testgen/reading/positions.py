"""Elements named by role and position: "2nd text field", "the last button", "the checkbox".

Fields with no label at all are common on real pages; a step names them this way (`I.fill("2nd text field",
"bob")`), the runtime counts the visible elements of that role in page order, and the generator writes the
same words for an unnamed element of the outline. Reader and writer of the form share this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "last": -1, "top": 1, "bottom": -1, "upper": 1, "lower": -1,
}
# The nouns that count one role (or a family) by position, as a step writes them (the first) and as people
# say them: narrower than `words.ROLE_NOUNS`, which also hints at roles ("list", "option") a count must not
# mix up.
POSITION_NOUNS: dict[str, tuple[str, ...]] = {
    "textbox": ("text field", "textbox", "text box", "input", "input field", "field", "box", "empty box"),
    "searchbox": ("search box", "search field", "searchbox"),
    "combobox": ("dropdown", "drop-down", "select", "combobox", "combo box"),
    "listbox": ("list box", "listbox"),
    "spinbutton": ("number field", "spin button", "spinbutton"),
    "slider": ("slider",),
    "button": ("button",),
    "link": ("link",),
    "checkbox": ("checkbox", "check box", "tick box"),
    "radio": ("radio button", "radio", "option button"),
    "switch": ("switch", "toggle"),
    "tab": ("tab",),
}
# "field" and "box" also count search boxes and number fields: a person does not tell them apart.
FIELD_FAMILY = frozenset({"textbox", "searchbox", "spinbutton"})
NOUN_ROLES: dict[str, frozenset[str]] = {}
for _role, _nouns in POSITION_NOUNS.items():
    for _noun in _nouns:
        NOUN_ROLES[_noun] = NOUN_ROLES.get(_noun, frozenset()) | {_role}
for _noun in ("field", "box", "input", "input field", "empty box", "text field"):
    NOUN_ROLES[_noun] = NOUN_ROLES[_noun] | FIELD_FAMILY

NOUNS = "|".join(sorted(map(re.escape, NOUN_ROLES), key=len, reverse=True))
ORDINAL = r"(?:(\d+)(?:st|nd|rd|th)|(" + "|".join(ORDINAL_WORDS) + r"))"
POSITIONAL = re.compile(rf"^\s*(?:the\s+)?(?:{ORDINAL}\s+)?({NOUNS})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Position:
    """Which element of some roles, counting visible ones in page order: 1 the first, -1 the last, None the
    only one."""

    roles: frozenset[str]
    index: int | None


def read_position(target: str) -> Position | None:
    """The position a target names ("2nd text field" → 2nd of the text fields), or None when it is not a
    role-and-position name."""
    match = POSITIONAL.match(target)
    if match is None:
        return None
    digits, word, noun = match.groups()
    index = int(digits) if digits else ORDINAL_WORDS[word.casefold()] if word else None
    if index == 0:
        return None
    return Position(NOUN_ROLES[noun.casefold()], index)


def ordinal(index: int) -> str:
    """1 → "1st", 2 → "2nd", 11 → "11th", -1 → "last"."""
    if index < 0:
        return "last"
    suffix = "th" if 10 <= index % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(index % 10, "th")
    return f"{index}{suffix}"


def positional_name(role: str, index: int, count: int) -> str | None:
    """How a step names the `index`th (from 1) of `count` visible elements of `role`: "text field" when it
    is the only one, "last button" for the last of several, else "2nd text field"; None for a role that has
    no such name."""
    nouns = POSITION_NOUNS.get(role)
    if not nouns:
        return None
    if count == 1:
        return nouns[0]
    return f"{ordinal(-1 if index == count and count > 2 else index)} {nouns[0]}"


def refers_by_position(text: str) -> bool:
    """Whether `text` names an element by its place among others of its kind ("the second tab", "the last
    button"), which its name's words cannot match."""
    return re.search(rf"(?<![\w-]){ORDINAL}\s+(?:{NOUNS})(?![\w-])", text, re.IGNORECASE) is not None


def says_position(text: str, role: str, index: int, count: int) -> bool:
    """Whether `text` (a clause) names the `index`th of `count` elements of `role` by position or, when it
    is the only one, by its role alone ("the empty box", "the second field", "the last checkbox")."""
    low = text.casefold()
    nouns = [n for n, roles in NOUN_ROLES.items() if role in roles]
    said = [m for n in nouns for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", low)]
    if not said:
        return False
    if count == 1:
        return True
    for match in said:
        before = low[: match.start()].split()[-2:]
        for word in before:
            number = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
            at = int(number.group(1)) if number else ORDINAL_WORDS.get(word)
            if at is not None and (at == index or (at == -1 and index == count)):
                return True
    return False
