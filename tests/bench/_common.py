"""Shared pieces of the benchmarks: a result row, a best-of timer, formatting.

A bench module is ``tests/bench/bench_<topic>.py`` defining ``run(quick: bool) -> list[Result]``;
``python -m tests.bench`` (``make bench``) discovers and runs every one and prints one table.
Each row measures ours and, where it makes sense, the official ``openai`` SDK on the same
local server in the same process, so the ratio is what matters, not the absolute number.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import attrs

__all__ = ["Result", "best_of"]


@attrs.frozen
class Result:
    """One measured quantity. ``higher_is_better`` decides how the ratio is phrased."""

    name: str
    unit: str
    ours: float
    sdk: float | None = None
    higher_is_better: bool = False
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """How many times better ours is than the SDK (>1 = ours better)."""
        if self.sdk is None or self.ours == 0 or self.sdk == 0:
            return None
        return self.ours / self.sdk if self.higher_is_better else self.sdk / self.ours


def best_of(fn: Callable[[], object], *, repeat: int = 5, number: int = 1) -> float:
    """Best wall time (seconds) of one call of ``fn`` over ``repeat`` rounds of ``number``."""
    fn()  # warm up (imports, connections, caches)
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best
