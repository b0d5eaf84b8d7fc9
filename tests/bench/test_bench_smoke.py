"""Smoke test of the benchmarks: every ``bench_*.py`` still runs and yields finite rows.

Runs ``python -m tests.bench --tiny`` (smallest counts; numbers not meaningful, and never
asserted) in two processes side by side, the subprocess- and sleep-bound modules in one,
so a renamed API or a broken helper fails here instead of rotting until the next
``make bench``.
"""

from __future__ import annotations

import json
import math
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "tests" / "bench"
# Mostly waiting on child processes or sleeps: a good companion for the CPU-bound rest.
WAITING = ("bench_memory", "bench_resilience", "bench_startup")


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules([str(BENCH)]) if m.name.startswith("bench_"))


def test_every_benchmark_runs_and_reports_finite_numbers(tmp_path: Path) -> None:
    modules = _modules()
    assert {"bench_memory", "bench_startup", "bench_connections", "bench_stream"} <= set(modules)
    groups = [
        [m for m in modules if m in WAITING],
        [m for m in modules if m not in WAITING],
    ]
    procs = []
    for i, group in enumerate(groups):
        out = tmp_path / f"rows{i}.json"
        words = ",".join(m.removeprefix("bench_") for m in group)
        cmd = [sys.executable, "-m", "tests.bench", "--tiny", "-k", words, "--json", str(out)]
        # Not under coverage: benchmarks must not count as tests of src/.
        env = {k: v for k, v in os.environ.items() if not k.startswith(("COV_CORE_", "COVERAGE_"))}
        env["PYTHONPATH"] = str(ROOT)
        procs.append((out, subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.PIPE)))
    rows = []
    for out, proc in procs:
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr.decode()[-3000:]
        data = json.loads(out.read_text())
        assert data["failed"] == 0
        rows += data["rows"]

    seen = {r["module"] for r in rows}
    assert seen == {m.removeprefix("bench_") for m in modules}, "a module produced no rows"
    names = [(r["module"], r["name"]) for r in rows]
    assert len(names) == len(set(names)), "two rows share a name"
    for r in rows:
        assert isinstance(r["ours"], float | int) and math.isfinite(r["ours"]), r
        assert r["sdk"] is None or math.isfinite(r["sdk"]), r
    # The side-by-side modules added for issue 4 compare with the SDK on every row.
    for module, count in (("memory", 12), ("startup", 6), ("connections", 4)):
        mine = [r for r in rows if r["module"] == module]
        assert len(mine) == count and all(r["sdk"] is not None for r in mine), mine
