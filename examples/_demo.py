"""Helpers the examples share (not an example: `make demo` runs only the public names)."""

from __future__ import annotations

import os
import time

TERMINAL = {
    "completed",
    "succeeded",
    "failed",
    "cancelled",
    "expired",
    "requires_action",
    "incomplete",
}


def pause() -> None:
    """Wait between polls: 2 s against the real API, none against the fake (whose statuses
    move one step per poll); `DEMO_POLL_SECONDS` overrides."""
    time.sleep(float(os.environ.get("DEMO_POLL_SECONDS", "2")))


def short(text: object, limit: int = 70) -> str:
    """`text` on one line, cut to `limit` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."
