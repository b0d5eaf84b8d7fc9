"""``OPENAI_LOG=debug|info|...``: the official SDK's logging switch, honoured here.

It sets the level of our ``integrations_openai`` logger (and gives the root logger a basic
handler when it has none, as the SDK does); nothing is configured when the variable is unset
or unknown. Records never carry secrets: the logging listener masks keys and redacts URLs
at the source. httpx's own loggers are left to the application (they may log full URLs).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from .transport.telemetry import LOGGER_NAME

__all__ = ["ENV_LOG", "setup_logging"]

ENV_LOG = "OPENAI_LOG"
_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
    "critical": logging.CRITICAL,
}
_FORMAT = "[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"


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
