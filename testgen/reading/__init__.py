"""How testgen reads a task's English: every word list and pattern it reads with lives in this package.

`words` (what a word is, role words), `clauses` (clauses and the verb each asks for), `spans` (values a
sentence gives), `restate` (packed phrasings spelled out one step per clause).
"""
