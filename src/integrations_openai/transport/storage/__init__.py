"""Where the limiter's budgets and the breaker's circuits live: this process, or Redis.

``MemoryStorage`` (the default) keeps them per process. ``RedisStorage`` shares them across
every process and host that points at one Redis, so 40 workers share one organization's
budget and one breaker: ``RateLimitPolicy(storage=RedisStorage.from_url(url))``. Decisions
stay pure (``Window``, ``Circuit``); a storage only makes each step atomic.
"""

from __future__ import annotations

from ._circuit import Circuit, Decision
from ._protocol import BreakerStorage, RateLimitStorage, StorageUnavailableError
from ._redis import DEFAULT_REDIS_TIMEOUT, RedisStorage
from ._window import Booking, Limits, Reservation, ServerBudget, Usage, Window
from .memory import MemoryStorage

__all__ = [
    "DEFAULT_REDIS_TIMEOUT",
    "Booking",
    "BreakerStorage",
    "Circuit",
    "Decision",
    "Limits",
    "MemoryStorage",
    "RateLimitStorage",
    "RedisStorage",
    "Reservation",
    "ServerBudget",
    "StorageUnavailableError",
    "Usage",
    "Window",
]
