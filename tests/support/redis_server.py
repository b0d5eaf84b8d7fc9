"""A throwaway ``redis-server`` on a free 127.0.0.1 port in a temp dir (no persistence).

``RedisServer().start()`` ... ``.stop()`` (or ``with``); ``.kill()`` is a SIGKILL (a Redis that
dies mid-run), ``.url`` what clients connect to. The suite needs only the ``redis-server``
binary (Debian package ``redis-server``; ``.ci/run`` installs it when missing).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

__all__ = ["RedisServer", "redis_binary"]


def redis_binary() -> str:
    """The ``redis-server`` path, or a clear failure saying how to get it."""
    path = shutil.which("redis-server")
    if path is None:
        raise RuntimeError(
            "redis-server not found: install it (apt-get install -y redis-server); "
            "the shared limiter/breaker tests run against a real Redis"
        )
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """One redis-server process owned by a test (or the session)."""

    def __init__(self) -> None:
        self.port = 0
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """``redis://127.0.0.1:<port>/0``."""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, attempts: int = 5) -> RedisServer:
        """Start on a free port; retry on the rare port race. Waits until it answers PING."""
        binary = redis_binary()
        self._dir = tempfile.TemporaryDirectory(prefix="redis-test-")
        for _ in range(attempts):
            self.port = _free_port()
            self._proc = subprocess.Popen(
                [
                    binary,
                    "--port",
                    str(self.port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    self._dir.name,
                    "--loglevel",
                    "warning",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            if self._wait_ready():
                return self
            self._proc.kill()
            self._proc.wait()
        raise RuntimeError("redis-server did not start")

    def _wait_ready(self) -> bool:
        # Bounded readiness poll (a startup wait, not an assertion on time).
        for _ in range(200):
            if self._proc is not None and self._proc.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return True
            except OSError:
                pass
            time.sleep(0.025)
        return False

    def kill(self) -> None:
        """SIGKILL the server (clients then see refused connections)."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()

    def stop(self) -> None:
        """Terminate the server and remove its directory."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None

    @property
    def directory(self) -> Path | None:
        """The server's working directory (while running)."""
        return Path(self._dir.name) if self._dir else None

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
