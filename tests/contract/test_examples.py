"""Every example of `make demo` runs green against the session's Prism mock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from examples.__main__ import ORDER
from scripts.prism.server import MOCK_API_KEY, PrismServer

pytestmark = pytest.mark.prism
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_the_demo_runs_every_example() -> None:
    assert sorted(ORDER) == sorted(p.stem for p in EXAMPLES.glob("[a-z]*.py"))


@pytest.mark.parametrize("name", ORDER)
def test_example_runs(name: str, prism: PrismServer) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env.update(OPENAI_API_KEY=MOCK_API_KEY, OPENAI_BASE_URL=prism.url, DEMO_POLL_SECONDS="0")
    env["PYTHONPATH"] = str(EXAMPLES.parent)
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / f"{name}.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip(), "an example prints what it did"
