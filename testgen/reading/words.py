"""Words as testgen reads them: what a word is in any script, which words carry no meaning, and the words
people use for each kind of element ("the Log in button", "the search box")."""

from __future__ import annotations

import re

# Scripts written without spaces between words (Chinese, Japanese kana and kanji) and Hangul syllables,
# which take particles without a space ("로그인을"): each character is a word of its own, so a name is found
# inside a sentence in any script. Every other letter or digit run (Latin with accents, Cyrillic, Greek,
# Arabic, ...) is a word as usual.
UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
WORD = re.compile(rf"[{UNSPACED}]|[^\W_{UNSPACED}]+(?:'[^\W_{UNSPACED}]+)?")
STOPWORDS = frozenset(
    "a an the and or of to in on at for with by from is are be it its this that then as into your my "
    "you i me we our click press tap hit select choose pick check tick fill enter type go open see make "
    "sure verify should page field box button link".split()
)
ROLE_WORDS: dict[str, frozenset[str]] = {
    "button": frozenset({"button", "btn"}),
    "link": frozenset({"link", "anchor"}),
    "textbox": frozenset({"field", "box", "input", "textbox", "textarea"}),
    "searchbox": frozenset({"search", "field", "box", "searchbox"}),
    "combobox": frozenset({"dropdown", "select", "menu", "list", "combobox", "picker"}),
    "listbox": frozenset({"list", "listbox", "dropdown"}),
    "checkbox": frozenset({"checkbox", "box", "tick", "checkmark"}),
    "radio": frozenset({"radio", "option"}),
    "switch": frozenset({"switch", "toggle"}),
    "tab": frozenset({"tab"}),
    "menuitem": frozenset({"menu", "item", "option"}),
    "option": frozenset({"option", "suggestion"}),
    "heading": frozenset({"heading", "title"}),
}
# The words that name one role and no other ("the search" is the search box, whatever the page calls it).
ROLE_OWN_WORDS: dict[str, frozenset[str]] = {
    role: words - frozenset().union(*(other for r, other in ROLE_WORDS.items() if r != role))
    for role, words in ROLE_WORDS.items()
}


def normalise(text: str) -> str:
    """Case-folded words joined by single spaces."""
    return " ".join(WORD.findall(text.casefold()))


def content_words(text: str) -> set[str]:
    """The words of `text` that carry meaning, crudely stemmed (plural -s dropped)."""
    words = WORD.findall(text.casefold())
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words} - STOPWORDS


def names_role(task: str, role: str) -> bool:
    """Whether the task names `role` by a word of its own ("type boots into the search" names a searchbox
    called "Suche")."""
    return bool(ROLE_OWN_WORDS.get(role, frozenset()) & set(WORD.findall(task.casefold())))
