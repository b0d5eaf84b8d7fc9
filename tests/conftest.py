"""Shared pytest fixtures, one marked section per concern."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, settings

from tests.support.drivers import Driver
from tests.support.faultserver import FaultServer
from tests.support.redis_server import RedisServer

# The package's pytest plugin (openai_fake, openai_client, async_openai_client). Installed
# users get it from the pytest11 entry point; here pyproject's addopts blocks that entry point
# (it would import integrations_openai before coverage starts) and this loads it instead.
pytest_plugins = ["integrations_openai.testing.pytest_plugin"]

# --- property tests -------------------------------------------------------------------------
# Hypothesis' deadline and too-slow health check time examples on the wall clock: with both
# cores busy they fail a correct property. The gate must not turn red from load.
settings.register_profile(
    "suite", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("suite")

# --- fault-injecting server -----------------------------------------------------------------


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


@pytest.fixture(params=["sync", "sync-httpx", "async", "async-httpx"])
def driver(request: pytest.FixtureRequest) -> Driver:
    """Each test body with OpenAIClient and AsyncOpenAIClient, each on both its transports."""
    return Driver(request.param)


@pytest.fixture(autouse=True)
def _clean_openai_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's real OPENAI_* variables (no key leaks, no surprises)."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("INTEGRATIONS_OPENAI_SYNC_TRANSPORT", raising=False)


@pytest.fixture(params=["stdlib", "httpx"])
def both_sync_transports(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, _clean_openai_env: None
) -> str:
    """Runs a module's tests (``pytestmark = pytest.mark.usefixtures(...)``) once per sync
    transport, through the environment switch, for tests that build ``OpenAIClient`` directly."""
    monkeypatch.setenv("INTEGRATIONS_OPENAI_SYNC_TRANSPORT", request.param)
    return str(request.param)


# --- end fault-injecting server ------------------------------------------------------------


# --- shared storage: a real redis-server (scale) ---------------------------------------------


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One redis-server for the session (tests isolate themselves with a key prefix)."""
    with RedisServer() as server:
        yield server


@pytest.fixture
def redis_prefix() -> str:
    """A key prefix no other test (or xdist worker) uses."""
    return f"test-{uuid.uuid4().hex}"


@pytest.fixture
def redis_factory() -> Iterator[Callable[[], RedisServer]]:
    """Start private redis-servers (a test may kill them); all stopped at teardown."""
    servers: list[RedisServer] = []

    def make() -> RedisServer:
        server = RedisServer().start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


# --- end shared storage ----------------------------------------------------------------------
