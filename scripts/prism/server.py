"""Start and stop `prism mock` on 127.0.0.1 with the Prism-ready spec.

Used by the contract tests (one server per session), `make record` and `make demo`.
`python -m scripts.prism.server` serves in the foreground until Ctrl-C.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

PRISM_DIR = Path(__file__).resolve().parent
ROOT = PRISM_DIR.parents[1]
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"
PRISM_SPEC = ROOT / "generated" / "prism" / "openapi.prism.json"
READY_LINE = "Prism is listening"
# Any bearer token passes Prism's security check; this one is obviously not a real key.
MOCK_API_KEY = "prism-mock-key"


class PrismError(RuntimeError):
    """Prism is not installed, did not start, or exited early."""


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class PrismServer:
    """One `prism mock` process; a context manager. `url` is the base URL (no /v1)."""

    def __init__(
        self,
        spec: Path = PRISM_SPEC,
        *,
        host: str = "127.0.0.1",
        port: int | None = None,
        startup_timeout: float = 60.0,
    ) -> None:
        self.spec = spec
        self.host = host
        self.port = port or free_port(host)
        self.startup_timeout = startup_timeout
        self.startup_seconds: float | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._workdir: Path | None = None  # spec copy + log, made by start()

    @property
    def url(self) -> str:
        """Base URL of the mock (Prism serves the spec paths at the root, without /v1)."""
        return f"http://{self.host}:{self.port}"

    def log_text(self) -> str:
        """Everything Prism printed so far (request log, validation messages)."""
        if self._workdir is None:  # not started, or stopped (its files are gone)
            return ""
        return (self._workdir / "prism.log").read_text(errors="replace")

    def start(self) -> PrismServer:
        """Launch Prism and block until it listens (raises PrismError on failure)."""
        if not PRISM_BIN.exists():
            raise PrismError(f"{PRISM_BIN} missing: run `npm ci` in {PRISM_DIR} (make test does)")
        if not self.spec.exists():
            raise PrismError(f"{self.spec} missing: run `python -m scripts.codegen.prism_spec`")
        # Prism watches its spec file and restarts (refusing connections meanwhile) when it
        # changes; `make generate` swaps generated/ under it, so it serves a private copy.
        self._workdir = Path(tempfile.mkdtemp(prefix="prism-"))
        served = self._workdir / self.spec.name
        shutil.copyfile(self.spec, served)
        started = time.monotonic()
        with (self._workdir / "prism.log").open("wb") as log:
            self._process = subprocess.Popen(
                [str(PRISM_BIN), "mock", "-h", self.host, "-p", str(self.port), str(served)],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,  # its own process group: stop() ends node and children
            )
        try:
            while READY_LINE not in self.log_text():
                if self._process.poll() is not None:
                    code = self._process.returncode
                    raise PrismError(f"prism exited with {code}:\n{self.log_text()}")
                if time.monotonic() - started > self.startup_timeout:
                    raise PrismError(f"prism not ready after {self.startup_timeout} s")
                time.sleep(0.1)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - started
        return self

    def stop(self) -> None:
        """Terminate the process group (kill it if it lingers 5 s); remove its files."""
        process, self._process = self._process, None
        try:
            if process is not None and process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=5)
        except ProcessLookupError:
            pass
        finally:
            if self._workdir is not None:
                shutil.rmtree(self._workdir, ignore_errors=True)
                self._workdir = None

    def __enter__(self) -> PrismServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def main() -> None:
    """Serve the Prism-ready spec in the foreground until interrupted."""
    parser = argparse.ArgumentParser(description="Run the Prism mock of the pinned spec.")
    parser.add_argument("--port", type=int, default=4010)
    args = parser.parse_args()
    with PrismServer(port=args.port) as server:
        print(f"Prism ready at {server.url} after {server.startup_seconds:.1f} s (Ctrl-C stops)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
