"""Everything the fake remembers: objects by kind, file contents, schedules, the clock."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any

from ._clock import FakeClock
from ._ids import Ids
from ._lifecycle import Lifecycle, OnEnter
from ._routing import not_found
from ._spec import fake_spec
from ._text import Replier, default_reply
from ._values import Values

__all__ = ["Dispatch", "FakeState"]

Obj = dict[str, Any]
#: Runs one request inside the fake (a batch line): (method, path, json body) -> (status, body).
Dispatch = Callable[[str, str, Obj], tuple[int, Any]]


class FakeState:
    """The fake's memory; handlers run one at a time under ``lock``."""

    def __init__(self, clock: FakeClock, ids: Ids, *, step_per_poll: bool = True) -> None:
        self.clock = clock
        self.ids = ids
        self.step_per_poll = step_per_poll
        self.reply: Replier = default_reply
        self.lock = threading.RLock()
        self.blobs: dict[str, bytes] = {}
        self.dispatch: Dispatch | None = None
        #: Batch faults the test asked for: custom_id -> (failures left, status); and how many
        #: of the next batches expire with half their lines answered.
        self.batch_line_faults: dict[str, tuple[int, int]] = {}
        self.batch_expirations = 0
        self._objects: dict[str, dict[str, Obj]] = {}
        self._lifecycles: dict[str, Lifecycle] = {}

    @functools.cached_property
    def values(self) -> Values:
        """The schema value generator (loads the spec on first use)."""
        return Values(fake_spec(), self.ids, self.clock.now)

    def now(self) -> int:
        """Fake time as the API's integer timestamps."""
        return int(self.clock.now())

    # objects

    def add(self, kind: str, obj: Obj) -> Obj:
        """Store ``obj`` (it has an ``id``) under ``kind``."""
        self._objects.setdefault(kind, {})[obj["id"]] = obj
        return obj

    def get(self, kind: str, object_id: str, label: str | None = None) -> Obj:
        """The stored object (a 404 in the API's words when unknown)."""
        found = self._objects.get(kind, {}).get(object_id)
        if found is None:
            raise not_found(label or kind.rstrip("s"), object_id)
        return found

    def find(self, kind: str, object_id: str) -> Obj | None:
        """The stored object or None."""
        return self._objects.get(kind, {}).get(object_id)

    def all(self, kind: str) -> list[Obj]:
        """Every object of ``kind``, oldest first."""
        return list(self._objects.get(kind, {}).values())

    def remove(self, kind: str, object_id: str, label: str | None = None) -> Obj:
        """Forget an object (404 when unknown)."""
        obj = self.get(kind, object_id, label)
        del self._objects[kind][object_id]
        self._lifecycles.pop(object_id, None)
        return obj

    # schedules

    def track(
        self, obj: Obj, stages: list[str], durations: list[float], on_enter: OnEnter
    ) -> Lifecycle:
        """Give ``obj`` a schedule starting now (its first stage is entered at once)."""
        lifecycle = Lifecycle(stages, durations, self.clock.now(), on_enter)
        self._lifecycles[obj["id"]] = lifecycle
        return lifecycle

    def schedule(self, object_id: str) -> Lifecycle | None:
        """The schedule of an object, if it has one."""
        return self._lifecycles.get(object_id)

    def tick(self, obj: Obj, *, poll: bool) -> Obj:
        """Bring ``obj`` up to date with fake time (``poll``: one retrieve by id)."""
        lifecycle = self._lifecycles.get(obj["id"])
        if lifecycle is not None:
            lifecycle.tick(self.clock.now(), poll=poll and self.step_per_poll)
        return obj

    def reset(self) -> None:
        """Forget every object, file and schedule."""
        self._objects.clear()
        self._lifecycles.clear()
        self.blobs.clear()
        self.batch_line_faults.clear()
        self.batch_expirations = 0
