"""Fixtures for the tests of the generated package."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.codegen.lock import read_verified_spec
from scripts.codegen.normalize import Context, normalize
from scripts.codegen.paths import LOCK, SPEC
from scripts.codegen.pipeline import class_overrides


@pytest.fixture(scope="session")
def overrides() -> dict[str, str]:
    """Component name -> class name overrides of the generator config."""
    return class_overrides()


@pytest.fixture(scope="session")
def normalized_spec(overrides: dict[str, str]) -> dict[str, Any]:
    """The pinned spec after the normalizer: exactly what the generator was fed."""
    raw, _ = read_verified_spec(SPEC, LOCK)
    ctx = Context(reserved_names=frozenset(overrides.values()))
    return normalize(raw, ctx=ctx).spec
