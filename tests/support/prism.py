"""Session-scoped Prism mock server fixture (one `prism mock` for the whole test session)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.prism.server import MOCK_API_KEY, PrismServer

__all__ = ["MOCK_API_KEY", "prism"]


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismServer]:
    """Prism on 127.0.0.1 (free port) serving generated/prism/openapi.prism.json.

    Started lazily by the first test that asks for it and stopped at session end, so the
    6-12 s start-up is paid once. Tests using it carry the `prism` marker.
    """
    with PrismServer() as server:
        yield server
