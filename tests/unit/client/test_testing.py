"""The test-mode switch: no sleeps, capped attempts, fresh breakers, restorable."""

from __future__ import annotations

import time

import pytest

from integrations_openai import testing
from integrations_openai.errors import ConfigurationError
from integrations_openai.testing import set_testing


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


def test_plain_call_then_off() -> None:
    set_testing(True)
    try:
        start = time.monotonic()
        testing.sleep(5)
        assert time.monotonic() - start < 3, "test mode must skip backoff sleeps"
        assert testing.retries_for(3) == 0
    finally:
        set_testing(False)
    assert not testing.is_testing()


async def test_async_sleep_skipped_in_test_mode() -> None:
    with set_testing():
        start = time.monotonic()
        await testing.async_sleep(5)
        assert time.monotonic() - start < 3
    start = time.monotonic()
    await testing.async_sleep(0.01)
    assert time.monotonic() - start >= 0.005


def test_sleep_really_sleeps_outside_test_mode() -> None:
    start = time.monotonic()
    testing.sleep(0.01)
    assert time.monotonic() - start >= 0.005


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_bad_attempts(bad: object) -> None:
    with pytest.raises(ConfigurationError):
        set_testing(attempts=bad)  # type: ignore[arg-type]
    assert not testing.is_testing()
