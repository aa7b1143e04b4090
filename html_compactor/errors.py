"""The one error the compactor raises on purpose; the package stands alone, so it derives from ValueError."""


class CompactionError(ValueError):
    """The input cannot be turned into an outline; the message names the cause and the fix."""


class NotHtmlError(CompactionError):
    """The input is not a web page at all (binary data); the message says what was found."""
