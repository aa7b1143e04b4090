"""How testgen reads English: every word list and pattern it reads tasks and pages with lives in this package.

`words` (what a word is, role words), `clauses` (clauses and the verb each asks for), `spans` (values a
sentence gives), `restate` (packed phrasings spelled out one step per clause), `page_words` (a page's words
for being busy or for dismissing what covers it).
"""
