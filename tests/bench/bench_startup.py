"""Start-up: import, first client, first call, each in a fresh interpreter; median of N.

Each run is a new process (``tests/bench/_child.py``, mode ``time``) against the same local
server: ``import integrations_openai`` vs ``import openai``, the first client with defaults,
the first ``models.retrieve``. Bytecode caching is on for the children (one unmeasured run
per client first writes the ``.pyc`` files); runs of the two clients alternate so a busy
machine slows both alike. The note gives the median CPU time of the same step, which a
loaded machine disturbs less than the wall time.
"""

from __future__ import annotations

import json
import statistics
import time

from tests.bench._common import Result, run_child, scaled, tiny
from tests.support.faultserver import FaultServer, Reply

MODEL = {"id": "gpt-4o-mini", "object": "model", "created": 1, "owned_by": "openai"}
STEPS = (
    ("import", "import the package"),
    ("construct", "construct the first client"),
    ("first_call", "first call (models.retrieve)"),
)


def run(quick: bool) -> list[Result]:
    """See the module docstring."""
    runs = scaled(quick, 9, 5, 1)
    body = json.dumps(MODEL).encode()
    samples: dict[str, list[dict[str, float]]] = {"ours": [], "sdk": []}
    with FaultServer() as server:
        server.handler = lambda _req: Reply(headers={"content-type": "application/json"}, body=body)
        config = {"url": server.url + "/v1", "mode": "time"}
        if not tiny():
            for client in samples:
                run_child({**config, "client": client})
        for _ in range(runs):
            for client, out in samples.items():
                start = time.perf_counter()
                result = run_child({**config, "client": client})
                result["process"] = time.perf_counter() - start
                out.append(result)

    def median(client: str, key: str) -> float:
        return statistics.median(s[key] for s in samples[client]) * 1000.0

    def total(client: str, suffix: str = "", steps: int = len(STEPS)) -> float:
        keys = [k + suffix for k, _ in STEPS[:steps]]
        return statistics.median(sum(s[k] for k in keys) for s in samples[client]) * 1000.0

    note = f"median of {runs} fresh processes"
    rows = [
        Result(
            label,
            "ms",
            median("ours", key),
            median("sdk", key),
            note=f"{note}; CPU {median('ours', key + '_cpu'):.1f} vs {median('sdk', key + '_cpu'):.1f} ms",
        )
        for key, label in STEPS
    ]
    rows.append(
        Result(
            "import + first client",
            "ms",
            total("ours", steps=2),
            total("sdk", steps=2),
            note=f"{note}; CPU {total('ours', '_cpu', 2):.1f} vs {total('sdk', '_cpu', 2):.1f} ms",
        )
    )
    rows.append(
        Result(
            "import + construct + first call",
            "ms",
            total("ours"),
            total("sdk"),
            note=f"{note}; CPU {total('ours', '_cpu'):.1f} vs {total('sdk', '_cpu'):.1f} ms",
        )
    )
    rows.append(
        Result(
            "whole process (interpreter start to exit)",
            "ms",
            median("ours", "process"),
            median("sdk", "process"),
            note=f"{note}, as the parent sees it",
        )
    )
    return rows
