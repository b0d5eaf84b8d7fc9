"""The test-mode switch: no sleeps, capped attempts, fresh breakers, restorable."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from integrations_openai import testing
from integrations_openai.errors import ConfigurationError
from integrations_openai.testing import _mode, set_testing


class Breakers:
    def __init__(self) -> None:
        self.resets = 0

    def reset(self) -> None:
        self.resets += 1


def test_off_by_default() -> None:
    assert not testing.is_testing()
    assert testing.retries_for(3) == 3


def test_context_manager_restores_and_resets() -> None:
    breakers = Breakers()
    testing.register_resettable(breakers)
    with set_testing(attempts=3):
        assert testing.is_testing()
        assert testing.retries_for(10) == 2
        assert testing.retries_for(0) == 2  # cap=False: exactly `attempts`
        assert breakers.resets == 1
        with set_testing(attempts=5, cap=True):
            assert testing.retries_for(2) == 2
            assert testing.retries_for(10) == 4
        assert testing.retries_for(10) == 2
    assert not testing.is_testing()
    assert breakers.resets == 4  # entry, inner entry, inner exit, outer exit


class Sleeps:
    """Stands in for ``time`` and ``anyio`` inside the mode module: records each sleep."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.seconds.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.seconds.append(seconds)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Sleeps:
    recorder = Sleeps()
    monkeypatch.setattr(_mode, "time", SimpleNamespace(sleep=recorder.sleep))
    monkeypatch.setattr(_mode, "anyio", SimpleNamespace(sleep=recorder.asleep))
    return recorder


def test_plain_call_then_off(sleeps: Sleeps) -> None:
    set_testing(True)
    try:
        testing.sleep(5)
        assert sleeps.seconds == [], "test mode must skip backoff sleeps"
        assert testing.retries_for(3) == 0
    finally:
        set_testing(False)
    assert not testing.is_testing()


async def test_async_sleep_skipped_in_test_mode(sleeps: Sleeps) -> None:
    with set_testing():
        await testing.async_sleep(5)
        assert sleeps.seconds == [0]  # still yields to the event loop, never waits
    await testing.async_sleep(0.01)
    assert sleeps.seconds == [0, 0.01]


def test_sleep_really_sleeps_outside_test_mode(sleeps: Sleeps) -> None:
    testing.sleep(0.01)
    assert sleeps.seconds == [0.01]


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_bad_attempts(bad: object) -> None:
    with pytest.raises(ConfigurationError):
        set_testing(attempts=bad)  # type: ignore[arg-type]
    assert not testing.is_testing()
