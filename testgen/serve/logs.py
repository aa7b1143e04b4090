"""Structured logs: one JSON object per line on stderr (time, level, logger, message, and the record's
`extra` fields such as `event`, `job`, `status`, `ms`), for the server's own and uvicorn's messages."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

# Attributes every LogRecord has (and uvicorn's coloured copy of the message); anything else on a record
# came from `extra=` and is logged as a field.
STANDARD_FIELDS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message", "asctime", "color_message"
}


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON line."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{record.msecs:03.0f}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: v for k, v in vars(record).items() if k not in STANDARD_FIELDS})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


def log_config(level: str = "info") -> dict[str, Any]:
    """A `logging.config.dictConfig` (also uvicorn's `log_config`) sending every logger through JSON."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    quiet = {"handlers": ["json"], "level": level.upper(), "propagate": False}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"json": handler},
        "loggers": {"testgen.serve": quiet, "uvicorn": quiet, "uvicorn.error": quiet,
                    "uvicorn.access": {"handlers": [], "propagate": False}},
    }
