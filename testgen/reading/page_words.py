"""Words pages use for a state or a way out: a busy indicator ("Loading…") and a control that dismisses what
covers the page ("Got it", "×"). The analyzer reads the page with them."""

from __future__ import annotations

import re

BUSY = re.compile(r"\b(loading|please wait|one moment|fetching|spinner)\b", re.IGNORECASE)
DISMISS = re.compile(
    r"^(×|x|✕|close|dismiss|accept|ok|okay|got it|continue|no thanks|not now|skip|maybe later)\b",
    re.IGNORECASE,
)
