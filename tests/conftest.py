"""Shared pytest fixtures. Each engineer owns a marked section; keep edits to your own."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.support.faultserver import FaultServer

# --- fault-injecting server (engineer C1) -------------------------------------------------


@pytest.fixture
def fault_server() -> Iterator[FaultServer]:
    """A fresh scripted HTTP server on 127.0.0.1 (see tests/support/faultserver.py)."""
    with FaultServer() as server:
        yield server


@pytest.fixture
def fault_server_factory() -> Iterator[Callable[[], FaultServer]]:
    """Start more servers (different ports = different origins); all stopped at teardown."""
    servers: list[FaultServer] = []

    def make() -> FaultServer:
        server = FaultServer().start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


# --- end fault-injecting server ------------------------------------------------------------
