"""Scale: a large batch job against the fake Batch API splits at the per-file limits,
survives two real kills (SIGKILL at different steps, rerun from the state file) and
returns exactly one result per ``custom_id``.

``BATCH_SCALE_REQUESTS`` sets the size: 10,000 in the suite (files of 5,000), 100,000 in
``make scale`` (files of 50,000: the API's own limit, which the fake enforces). Batches
move one status per poll, so nothing sleeps.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from integrations_openai.batch._results import read_results
from integrations_openai.batch._state import load
from integrations_openai.testing.fake import FakeOpenAI

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]
ROOT = Path(__file__).resolve().parents[3]
N = int(os.environ.get("BATCH_SCALE_REQUESTS", "10000"))
PER_FILE = min(N // 2, 50_000)


def child(fake: FakeOpenAI, tmp: Path, kill: str) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "tests.unit.batch._scale_child", fake.url, fake.api_key,
            str(tmp / "run.json"), str(tmp / "in.jsonl"), kill, str(PER_FILE)]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def test_a_large_job_survives_two_kills_with_one_result_per_id(tmp_path: Path) -> None:
    line = '{"custom_id":"c%d","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"%d"}]}}\n'
    (tmp_path / "in.jsonl").write_text("".join(line % (i, i) for i in range(N)))
    retried = ["c7", f"c{N - 1}"]  # fail once: each resubmitted with its part
    with FakeOpenAI() as fake:
        fake.fail_batch_lines(retried, times=1)
        first = child(fake, tmp_path, "create")
        assert first.returncode == -signal.SIGKILL, first.stderr
        state = load(tmp_path / "run.json")
        assert state is not None and [p.step for p in state.parts] == ["poll", "creating"]
        assert len(fake.calls("POST /v1/batches")) == 2  # the second exists; its id was lost

        second = child(fake, tmp_path, "collect")
        assert second.returncode == -signal.SIGKILL, second.stderr
        state = load(tmp_path / "run.json")
        assert state is not None and not state.done  # killed before anything was settled
        appended = (tmp_path / "run.json.results.jsonl").read_bytes().count(b"\n")
        assert appended >= PER_FILE - 1  # the first part's answers, already on disk

        last = child(fake, tmp_path, "none")
        assert last.returncode == 0, last.stderr
        assert int(last.stdout) == N
        # Two parts, then each part's failed line again: no batch or file twice.
        parts = [c.json()["metadata"]["part"] for c in fake.calls("POST /v1/batches")]
        assert len(parts) == len(set(parts)) == 4
        assert len(fake.calls("POST /v1/files")) == 4
        sizes = [b["request_counts"]["total"] for b in fake.state.all("batches")]
    assert sorted(sizes) == [1, 1, PER_FILE, N - PER_FILE]
    results = list(read_results(tmp_path / "run.json.results.jsonl"))
    ids = [r.custom_id for r in results]
    assert len(ids) == len(set(ids)) == N and set(ids) == {f"c{i}" for i in range(N)}
    assert all(r.ok for r in results)
    by_id = {r.custom_id: r for r in results if r.custom_id in ("c0", "c7", f"c{N - 1}")}
    assert json.loads(json.dumps(by_id["c7"].body))["object"] == "chat.completion"
