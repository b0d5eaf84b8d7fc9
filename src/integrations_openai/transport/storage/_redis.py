"""Redis storage: the limiter's windows and the breaker's circuits shared by every process.

Each atomic step is one Lua script (``_lua``). By default the scripts read Redis ``TIME``,
so hosts whose clocks disagree still share one window; ``use_server_time=False`` takes the
caller's ``now`` instead (tests drive it). Any Redis error or timeout becomes
``StorageUnavailableError``; a client without socket timeouts is refused up front, because
a Redis that hangs must cost a bounded wait, never a hung call.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...errors import ConfigurationError
from . import _lua
from ._circuit import Decision, Outcome, State, Transition
from ._protocol import StorageUnavailableError
from ._window import Booking, Limits, Reason, Reservation, ServerBudget, Usage

if TYPE_CHECKING:
    import redis
    import redis.asyncio

__all__ = ["DEFAULT_REDIS_TIMEOUT", "RedisStorage"]

#: Seconds a Redis connect or command may take before the call falls back (``from_url``).
DEFAULT_REDIS_TIMEOUT = 0.25

_GO = Reservation()


def _arg(value: float | int | None) -> str:
    return "" if value is None else repr(value)


def _check_timeouts(client: Any, what: str) -> None:
    kwargs = getattr(getattr(client, "connection_pool", None), "connection_kwargs", None)
    if kwargs is None:  # not a redis-py client (a stand-in): trust it
        return
    if kwargs.get("socket_timeout") is None:
        raise ConfigurationError(
            f"{what} needs socket_timeout (and socket_connect_timeout) set, or a hung Redis "
            "would hang every call; e.g. redis.Redis(..., socket_timeout=0.25)"
        )


class RedisStorage:
    """Both storage protocols on Redis (``redis.Redis`` and/or ``redis.asyncio.Redis``).

    ``RedisStorage(redis.Redis(host=..., socket_timeout=0.25))`` serves the sync client;
    ``async_client`` serves the async one (without it, async calls run the sync client in a
    worker thread). ``RedisStorage.from_url(url)`` builds both with bounded timeouts.
    """

    def __init__(
        self,
        client: redis.Redis | None = None,
        *,
        async_client: redis.asyncio.Redis | None = None,
        prefix: str = "integrations-openai",
        use_server_time: bool = True,
    ) -> None:
        if client is None and async_client is None:
            raise ConfigurationError("RedisStorage needs a client or an async_client")
        if client is not None:
            _check_timeouts(client, "RedisStorage client")
        if async_client is not None:
            _check_timeouts(async_client, "RedisStorage async_client")
        self.client = client
        self.async_client = async_client
        self.prefix = prefix
        self.use_server_time = use_server_time
        self._scripts: dict[str, Any] = {}
        self._async_scripts: dict[str, Any] = {}
        # from_url: one async client per event loop (redis.asyncio connections are bound to
        # the loop that opened them, and a process may run several loops over time).
        self._async_factory: Callable[[], redis.asyncio.Redis] | None = None
        self._per_loop: weakref.WeakKeyDictionary[Any, tuple[Any, dict[str, Any]]] = (
            weakref.WeakKeyDictionary()
        )

    @classmethod
    def from_url(
        cls, url: str, *, timeout: float = DEFAULT_REDIS_TIMEOUT, **kwargs: Any
    ) -> RedisStorage:
        """Sync and async clients for ``url``, each with ``timeout`` on connect and commands."""
        import redis
        import redis.asyncio

        def async_client() -> redis.asyncio.Redis:
            return redis.asyncio.Redis.from_url(
                url, socket_timeout=timeout, socket_connect_timeout=timeout
            )

        storage = cls(
            redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout),
            async_client=async_client(),
            **kwargs,
        )
        storage._async_factory = async_client
        return storage

    def __repr__(self) -> str:
        return f"RedisStorage(prefix={self.prefix!r})"

    # -- plumbing ---------------------------------------------------------------------------
    def _keys(self, kind: str, key: str, *parts: str) -> list[str]:
        # One hash tag per key: a cluster keeps every key of one script on one slot.
        return [f"{self.prefix}:{kind}:{{{key}}}:{part}" for part in parts]

    def _now(self, now: float) -> str:
        return "" if self.use_server_time else repr(now)

    def _run(self, name: str, keys: list[str], args: list[str]) -> Any:
        from redis.exceptions import RedisError

        if self.client is None:
            raise ConfigurationError("RedisStorage has no sync client for a sync call")
        script = self._scripts.get(name)
        if script is None:
            script = self._scripts[name] = self.client.register_script(getattr(_lua, name))
        try:
            return script(keys=keys, args=args)
        except (RedisError, OSError) as exc:
            raise _unavailable(exc) from exc

    async def _arun(self, name: str, keys: list[str], args: list[str]) -> Any:
        from redis.exceptions import RedisError

        if self.async_client is None:
            import anyio.to_thread  # only async callers pay for it

            return await anyio.to_thread.run_sync(self._run, name, keys, args)
        client, scripts = self._async_client_and_scripts()
        script = scripts.get(name)
        if script is None:
            script = scripts[name] = client.register_script(getattr(_lua, name))
        try:
            return await script(keys=keys, args=args)
        except (RedisError, OSError) as exc:
            raise _unavailable(exc) from exc

    def _async_client_and_scripts(self) -> tuple[Any, dict[str, Any]]:
        if self._async_factory is None:
            return self.async_client, self._async_scripts
        import asyncio  # a sync-only process never loads asyncio

        loop = asyncio.get_running_loop()
        entry = self._per_loop.get(loop)
        if entry is None:
            entry = self._per_loop[loop] = (self._async_factory(), {})
        return entry

    # -- rate limit -------------------------------------------------------------------------
    def _reserve_call(
        self, key: str, cost: int, limits: Limits, now: float
    ) -> tuple[list[str], list[str]]:
        args = [
            self._now(now),
            repr(limits.window),
            str(-1 if limits.requests is None else limits.requests),
            str(-1 if limits.tokens is None else limits.tokens),
            str(cost),
        ]
        return self._keys("rl", key, "log", "meta"), args

    def reserve(self, key: str, cost: int, limits: Limits, now: float) -> Reservation:
        """Book one request of ``cost`` tokens for ``key`` or say how long to wait."""
        reply = self._run("RESERVE", *self._reserve_call(key, cost, limits, now))
        return _reservation(key, reply)

    async def areserve(self, key: str, cost: int, limits: Limits, now: float) -> Reservation:
        """The async twin of ``reserve``."""
        keys, args = self._reserve_call(key, cost, limits, now)
        return _reservation(key, await self._arun("RESERVE", keys, args))

    def _settle_call(self, booking: Booking, actual: int) -> tuple[list[str], list[str]]:
        return self._keys("rl", booking.key, "log", "meta"), [str(booking.handle), str(actual)]

    def settle(self, booking: Booking, actual: int, limits: Limits, now: float) -> None:
        """Give ``booking``'s log entry the ``actual`` tokens (its send time kept)."""
        self._run("SETTLE", *self._settle_call(booking, actual))

    async def asettle(self, booking: Booking, actual: int, limits: Limits, now: float) -> None:
        """The async twin of ``settle``."""
        await self._arun("SETTLE", *self._settle_call(booking, actual))

    def usage(self, key: str, limits: Limits, now: float) -> Usage:
        """What ``key`` has used inside the window (read only)."""
        keys = self._keys("rl", key, "log", "meta")
        reply = self._run("USAGE", keys, [self._now(now), repr(limits.window)])
        requests, tokens, sr, st = (_text(part) for part in reply)
        return Usage(int(requests), int(tokens), int(sr) if sr else None, int(st) if st else None)

    def _learn_call(
        self, key: str, budget: ServerBudget, now: float
    ) -> tuple[list[str], list[str]]:
        args = [
            self._now(now),
            _arg(budget.remaining_requests),
            _arg(budget.reset_requests),
            _arg(budget.remaining_tokens),
            _arg(budget.reset_tokens),
            "60",
        ]
        return self._keys("rl", key, "meta"), args

    def learn(self, key: str, budget: ServerBudget, now: float) -> None:
        """Record what the server said about ``key``'s remaining budget."""
        self._run("LEARN", *self._learn_call(key, budget, now))

    async def alearn(self, key: str, budget: ServerBudget, now: float) -> None:
        """The async twin of ``learn``."""
        await self._arun("LEARN", *self._learn_call(key, budget, now))

    # -- breaker ----------------------------------------------------------------------------
    def acquire(self, key: str, now: float, reset_timeout: float) -> Decision:
        """May an attempt to ``key`` go now? The probe slot is a ``SET NX PX`` lock."""
        keys = self._keys("cb", key, "state", "probe")
        return _decision(self._run("ACQUIRE", keys, [self._now(now), repr(reset_timeout)]))

    async def aacquire(self, key: str, now: float, reset_timeout: float) -> Decision:
        """The async twin of ``acquire``."""
        keys = self._keys("cb", key, "state", "probe")
        return _decision(await self._arun("ACQUIRE", keys, [self._now(now), repr(reset_timeout)]))

    def _record_args(self, probe: bool, outcome: Outcome, now: float, fail_max: int) -> list[str]:
        return [self._now(now), "1" if probe else "0", outcome, str(fail_max)]

    def record(
        self, key: str, probe: bool, outcome: Outcome, now: float, fail_max: int
    ) -> Transition:
        """Account one attempt's outcome."""
        keys = self._keys("cb", key, "state", "probe")
        return _transition(
            self._run("RECORD", keys, self._record_args(probe, outcome, now, fail_max))
        )

    async def arecord(
        self, key: str, probe: bool, outcome: Outcome, now: float, fail_max: int
    ) -> Transition:
        """The async twin of ``record``."""
        keys = self._keys("cb", key, "state", "probe")
        args = self._record_args(probe, outcome, now, fail_max)
        return _transition(await self._arun("RECORD", keys, args))

    def snapshot(self, key: str) -> tuple[str, int]:
        """``(state, consecutive failures)`` of ``key``."""
        from redis.exceptions import RedisError

        if self.client is None:
            raise ConfigurationError("RedisStorage has no sync client for a sync call")
        try:
            state, failures = self.client.hmget(
                self._keys("cb", key, "state")[0], "state", "failures"
            )
        except (RedisError, OSError) as exc:
            raise _unavailable(exc) from exc
        return _text(state) or "closed", int(failures or 0)

    def reset(self) -> None:
        """Delete every key under this storage's prefix."""
        from redis.exceptions import RedisError

        if self.client is None:
            return
        try:
            keys = list(self.client.scan_iter(match=f"{self.prefix}:*"))
            if keys:
                self.client.delete(*keys)
        except (RedisError, OSError) as exc:
            raise _unavailable(exc) from exc


def _unavailable(exc: BaseException) -> StorageUnavailableError:
    return StorageUnavailableError(f"shared storage unavailable: {type(exc).__name__}")


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value or "")


def _reservation(key: str, reply: Any) -> Reservation:
    wait = float(_text(reply[0]))
    if wait <= 0:
        member = _text(reply[3]) if len(reply) > 3 else ""
        return Reservation(booking=Booking(key, member, shared=True)) if member else _GO
    reason: Reason = _text(reply[1])  # type: ignore[assignment]
    return Reservation(wait, reason)


def _decision(reply: Any) -> Decision:
    verdict = _text(reply[0])
    moved: Transition = ("open", "half-open") if _text(reply[2]) == "1" else None
    return Decision(verdict, float(_text(reply[1])), moved)  # type: ignore[arg-type]


def _transition(reply: Any) -> Transition:
    if not reply:
        return None
    old: State = _text(reply[0])  # type: ignore[assignment]
    new: State = _text(reply[1])  # type: ignore[assignment]
    return (old, new)
