"""One client measured in a fresh interpreter (run by path from ``_common.run_child``).

``python tests/bench/_child.py '<json config>'`` prints one JSON object. Only the standard
library is imported before measuring, so the client's own import is part of what is seen.

Config keys: ``client`` (``ours`` | ``sdk``), ``url`` (the local server's ``/v1`` base),
``mode`` and the workload sizes ``calls``, ``vectors``, ``chunks``.

Workloads: ``import``, ``construct``, ``first_call`` (``models.retrieve``), ``calls``,
``embeddings``, ``stream``.

- ``mode="tracemalloc"`` / ``"rss"`` with ``workloads`` (a list, run in order): for each,
  the peak above the level just before it (Python allocations traced by ``tracemalloc``, or
  the process's resident set: ``VmHWM`` after resetting it through ``/proc/self/clear_refs``)
  and what is still held after it (``retained``). A workload's prerequisites (import,
  client, first call) are done first, unmeasured, when they are not themselves in the list.
- ``mode="time"``: wall and CPU seconds of the import, the first client construction and
  the first call (``models.retrieve``).
"""

from __future__ import annotations

import gc
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

KEY = "sk-bench-0000000000000000"
MESSAGES = [{"role": "user", "content": "hi"}]


class _Subject:
    """The client under test, built step by step so each step can be measured."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.ours = config["client"] == "ours"
        self.pkg: Any = None
        self.client: Any = None
        self.called = False

    def import_package(self) -> object:
        if self.ours:
            import integrations_openai as pkg
        else:
            import openai as pkg
        self.pkg = pkg
        return pkg

    def construct(self) -> object:
        url = self.config["url"]
        make = self.pkg.OpenAIClient if self.ours else self.pkg.OpenAI
        self.client = make(api_key=KEY, base_url=url)
        return self.client

    def first_call(self) -> object:
        self.called = True
        return self.client.models.retrieve("gpt-4o-mini")

    def calls(self) -> object:
        result = None
        for _ in range(self.config["calls"]):
            result = self.client.models.retrieve("gpt-4o-mini")
        assert result is not None and result.id == "gpt-4o-mini"
        return result

    def embeddings(self) -> object:
        n = self.config["vectors"]
        result = self.client.embeddings.create(
            model="text-embedding-3-small", input=[f"text {i}" for i in range(n)]
        )
        assert len(result.data) == n and len(result.data[-1].embedding) > 0
        return result  # held until measured: a caller keeps its vectors

    def stream(self) -> object:
        create = self.client.chat.completions.create
        with create(model="gpt-4o-mini", messages=MESSAGES, stream=True) as stream:
            count = sum(1 for _ in stream)
        assert count == self.config["chunks"], count
        return None

    def prepare(self, workload: str) -> None:
        """Do, unmeasured, whatever ``workload`` needs first."""
        if workload != "import" and self.pkg is None:
            self.import_package()
        if workload not in ("import", "construct") and self.client is None:
            self.construct()
        if workload not in ("import", "construct", "first_call") and not self.called:
            self.first_call()  # lazy imports and the pooled connection belong to that row


def _status_bytes(field: str) -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


def _measure_rss(fn: Callable[[], object]) -> tuple[int, int]:
    gc.collect()
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")  # resets VmHWM (peak RSS) to the current RSS
    base = _status_bytes("VmRSS")
    kept = fn()
    peak = _status_bytes("VmHWM")
    gc.collect()
    retained = _status_bytes("VmRSS") - base
    del kept
    return peak - base, retained


def _measure_traced(fn: Callable[[], object]) -> tuple[int, int]:
    if not tracemalloc.is_tracing():
        tracemalloc.start()
    gc.collect()
    base = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    kept = fn()
    peak = tracemalloc.get_traced_memory()[1]
    gc.collect()
    retained = tracemalloc.get_traced_memory()[0] - base
    del kept
    return peak - base, retained


def _memory(subject: _Subject, mode: str, workloads: list[str]) -> dict[str, Any]:
    measure = _measure_rss if mode == "rss" else _measure_traced
    steps = {
        "import": subject.import_package,
        "construct": subject.construct,
        "first_call": subject.first_call,
        "calls": subject.calls,
        "embeddings": subject.embeddings,
        "stream": subject.stream,
    }
    out = {}
    for workload in workloads:
        subject.prepare(workload)
        peak, retained = measure(steps[workload])
        out[workload] = {"peak": peak, "retained": retained}
    return out


def _times(subject: _Subject) -> dict[str, float]:
    out = {}
    for name, step in (
        ("import", subject.import_package),
        ("construct", subject.construct),
        ("first_call", subject.first_call),
    ):
        wall, cpu = time.perf_counter(), time.process_time()
        step()
        out[name] = time.perf_counter() - wall
        out[f"{name}_cpu"] = time.process_time() - cpu
    return out


def _loopback_only(event: str, args: tuple[Any, ...]) -> None:
    # Same guard as _common.loopback_only, repeated: importing _common would load attrs
    # before the measurement starts.
    address = args[1] if event == "socket.connect" else None
    if isinstance(address, tuple) and str(address[0]) not in ("127.0.0.1", "::1", "localhost"):
        raise RuntimeError(f"benchmarks talk to 127.0.0.1 only, not {args[1][0]}")


def main() -> None:
    sys.addaudithook(_loopback_only)
    config = json.loads(sys.argv[1])
    subject = _Subject(config)
    if config["mode"] == "time":
        result: Any = _times(subject)
    else:
        result = _memory(subject, config["mode"], config["workloads"])
    print(json.dumps(result))


if __name__ == "__main__":
    main()
