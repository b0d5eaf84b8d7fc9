"""`make demo` runs on the embedded fake: no Node/npm, no network, output a person can read."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
# What the Prism mock used to print: schema placeholders and statuses that never move.
PLACEHOLDERS = ("'string'", "string:", "-3.402823669209385e+38", "tokens: 0", "FAILED")


def test_demo_runs_on_the_fake_without_npm(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DEMO_"))}
    env["PATH"] = str(tmp_path)  # an empty directory: no npm, no node
    done = subprocess.run(
        [sys.executable, "-m", "examples"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert "against the built-in fake API at http://127.0.0.1:" in out.splitlines()[0]
    assert "14/14 examples ok" in out
    assert [p for p in PLACEHOLDERS if p in out] == []
    assert "polled: completed" in out and "polled: succeeded" in out
    assert "transcribed back: 'Hello from the demo.'" in out
    assert "NotFoundError: status 404" in out
    assert re.search(r"input 0: 1536 dimensions, starts \[[+-]0\.\d{4}", out)


def test_make_demo_does_not_need_the_npm_stamp() -> None:
    makefile = (ROOT / "Makefile").read_text()
    [rule] = [line for line in makefile.splitlines() if line.startswith("demo:")]
    assert "NPM" not in rule
