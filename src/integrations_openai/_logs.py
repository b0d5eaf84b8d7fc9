"""``OPENAI_LOG=debug|info|...``: the official SDK's logging switch, honoured here.

It sets the level of our ``integrations_openai`` logger (and gives the root logger a basic
handler when it has none, as the SDK does); nothing is configured when the variable is unset
or unknown. Records never carry secrets: the logging listener masks keys and redacts URLs
at the source. httpx's own loggers are left to the application (they may log full URLs).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any

from ._redact import redact_text
from .transport._telemetry import LOGGER_NAME

__all__ = ["ENV_LOG", "JsonFormatter", "add_openai_fields", "setup_logging"]

ENV_LOG = "OPENAI_LOG"
_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
    "critical": logging.CRITICAL,
}
_FORMAT = "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"
# One encoder for every line (``json.dumps`` with options builds a new one per call);
# compact, so a line reads the same whichever encoder wrote it.
_ENCODER = json.JSONEncoder(default=str, ensure_ascii=False, separators=(",", ":"))


def _find_fast() -> Callable[[Any], str] | None:
    """orjson's encoder when the ``fast`` extra is installed (five to ten times faster)."""
    try:
        from orjson import dumps
    except ImportError:  # pragma: no cover - depends on the environment; tests patch ``_fast``
        return None
    return lambda value: dumps(value, default=str).decode()


_fast = _find_fast()


def encode_line(data: Mapping[str, Any]) -> str:
    """``data`` as one compact JSON line: orjson when installed; the standard encoder takes
    what orjson refuses (integers beyond 64 bits, non-string keys, lone surrogates)."""
    fast = _fast
    if fast is not None:
        try:
            return fast(data)
        except TypeError:
            pass
    return _ENCODER.encode(data)


def setup_logging(environ: Mapping[str, str] | None = None) -> int | None:
    """Apply ``OPENAI_LOG``; return the level set (``None``: left alone)."""
    value = (os.environ if environ is None else environ).get(ENV_LOG, "")
    level = _LEVELS.get(value.strip().lower())
    if level is None:
        return None
    if not logging.getLogger().handlers:
        logging.basicConfig(format=_FORMAT, datefmt="%Y-%m-%d %H:%M:%S")
    logging.getLogger(LOGGER_NAME).setLevel(level)
    return level


class JsonFormatter(logging.Formatter):
    """One JSON object per record: ``time``, ``level``, ``logger``, ``message``, and for
    our events ``event`` plus its fields (operation, model, usage, status...). The line is
    masked of key-shaped text, like every record of ours."""

    _stamp: tuple[int, str] = (-1, "")

    def _time(self, record: logging.LogRecord) -> str:
        # Lines come many per second: format the timestamp once per second, not per line
        # (one tuple, replaced whole, so threads never pair a second with another's text).
        second = int(record.created)
        cached = self._stamp
        if cached[0] == second:
            return cached[1]
        text = self.formatTime(record, "%Y-%m-%dT%H:%M:%S")
        self._stamp = (second, text)
        return text

    def format(self, record: logging.LogRecord) -> str:
        """The record as one JSON line."""
        data: dict[str, Any] = {
            "time": self._time(record),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        add_openai_fields(None, "", data, record)
        if record.exc_info:
            data["exc_type"] = getattr(record.exc_info[0], "__name__", None)
        return redact_text(encode_line(data))


def add_openai_fields(
    logger: object,
    method_name: str,
    event_dict: MutableMapping[str, Any],
    record: logging.LogRecord | None = None,
) -> MutableMapping[str, Any]:
    """A structlog processor (also used by ``JsonFormatter``): copies our event name and
    fields from the stdlib record (structlog's ``ProcessorFormatter`` passes it as
    ``_record``) into the event dict."""
    record = record if record is not None else event_dict.get("_record")
    event = getattr(record, "openai_event", None)
    if event is not None:
        event_dict["event_type"] = event
        fields = getattr(record, "openai_fields", None)
        if fields.__class__ is dict and fields.keys().isdisjoint(event_dict):
            event_dict.update(fields)  # the usual line: no field shadows a key set before
        elif isinstance(fields, Mapping):
            for key, value in fields.items():
                event_dict.setdefault(key, value)  # keys set before win
    return event_dict
