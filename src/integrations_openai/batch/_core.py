"""The runner's decisions, pure: which step comes next, and what a finished batch leaves to do.

A part moves ``upload -> create -> poll -> download -> collected``; ``uploading`` and
``creating`` mark a call whose answer may have been lost (a kill): the driver first looks
for the object by its name before making it again. Drivers execute one step, save the
state, and ask again, so a kill at any step boundary loses nothing and repeats nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import attrs

from ._state import Part, RunState

__all__ = ["TERMINAL", "Step", "next_step", "settle"]

#: Batch statuses after which nothing more will come.
TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})

Kind = Literal["plan", "upload", "create", "poll", "download", "done"]


@attrs.frozen
class Step:
    """What the driver does next; ``part`` is ``None`` for ``plan`` and ``done``."""

    kind: Kind
    part: Part | None = None
    resume: bool = False  # the intent was saved but not the result: look before acting


def next_step(state: RunState) -> Step:
    """Uploads and creations first (so batches run side by side), then polls, then done."""
    if not state.planned:
        return Step("plan")
    for part in state.parts:
        if part.step in ("upload", "uploading"):
            return Step("upload", part, resume=part.step == "uploading")
        if part.step in ("create", "creating"):
            return Step("create", part, resume=part.step == "creating")
    for part in state.parts:
        if part.step == "download":
            return Step("download", part)
    for part in state.parts:
        if part.step == "poll":
            return Step("poll", part)
    return Step("done")


def settle(state: RunState, part: Part, ids: Iterable[str], succeeded: Iterable[str]) -> list[str]:
    """After ``part``'s files are collected: the ids to resubmit (empty when none may be).

    Ids of the part without a successful answer are retried while attempts remain; past
    ``max_attempts`` they are final failures (their last error, if any, was collected).
    """
    ok = set(succeeded)
    for custom_id in ok:
        state.done[custom_id] = "ok"
    missing = [i for i in ids if i not in ok and state.done.get(i) != "ok"]
    part.step = "collected"
    if part.attempt >= state.max_attempts:
        for custom_id in missing:
            state.done[custom_id] = "failed"
        return []
    return missing
