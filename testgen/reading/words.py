"""Words as testgen reads and writes them: what a word is in any script, which words carry no meaning, and
the nouns people use for each kind of element ("the Log in button", "the search box")."""

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
# Role → the nouns people say for it, commonest first ("the Log in button", "the search box"): the writer of
# training English says them and the reader knows them. ROLE_SHORTHAND: words the reader also knows but the
# writer never writes ("btn", "textarea").
ROLE_NOUNS: dict[str, tuple[str, ...]] = {
    "button": ("button",),
    "link": ("link",),
    "textbox": ("field", "box", "input", "textbox"),
    "searchbox": ("search box", "search field", "searchbox"),
    "combobox": ("dropdown", "select", "menu", "list", "combobox"),
    "listbox": ("list", "dropdown", "listbox"),
    "checkbox": ("checkbox", "tick box"),
    "radio": ("option", "radio"),
    "switch": ("switch", "toggle"),
    "tab": ("tab",),
    "menuitem": ("menu item", "option"),
    "option": ("option", "suggestion"),
    "heading": ("heading", "title"),
}
ROLE_SHORTHAND: dict[str, tuple[str, ...]] = {
    "button": ("btn",),
    "link": ("anchor",),
    "textbox": ("textarea",),
    "combobox": ("picker",),
    "checkbox": ("checkmark",),
}
# Role → every word of its nouns: what the reader matches in a sentence.
ROLE_WORDS: dict[str, frozenset[str]] = {
    role: frozenset(word for noun in nouns + ROLE_SHORTHAND.get(role, ()) for word in noun.split())
    for role, nouns in ROLE_NOUNS.items()
}
# The words that name one role and no other ("the search" is the search box, whatever the page calls it).
ROLE_OWN_WORDS: dict[str, frozenset[str]] = {
    role: words - frozenset().union(*(other for r, other in ROLE_WORDS.items() if r != role))
    for role, words in ROLE_WORDS.items()
}


def normalise(text: str) -> str:
    """Case-folded words joined by single spaces."""
    return " ".join(WORD.findall(text.casefold()))


def stem(word: str) -> str:
    """A word crudely stemmed: a plural's -s dropped ("transactions" → "transaction")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def content_words(text: str) -> set[str]:
    """The words of `text` that carry meaning, crudely stemmed (`stem`)."""
    return {stem(w) for w in WORD.findall(text.casefold())} - STOPWORDS


def names_role(task: str, role: str) -> bool:
    """Whether the task names `role` by a word of its own ("type boots into the search" names a searchbox
    called "Suche")."""
    return bool(ROLE_OWN_WORDS.get(role, frozenset()) & set(WORD.findall(task.casefold())))
