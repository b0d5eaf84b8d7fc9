"""Drop-in typing: a user script is no noisier under `mypy --strict` with us than with the SDK.

`typing_script_template.py` is a realistic script in the official SDK's style (chat, a
streamed chat, Responses and its stream, embeddings, files, models, batches, a page's
`.data`, error handling). It is type-checked as it is (the official SDK) and with its
imports swapped for ours; ours may not report more errors than the SDK does.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = Path(__file__).with_name("typing_script_template.py")
BEGIN, END = "# imports: begin\n", "# imports: end\n"
OURS = (
    "import integrations_openai as openai\nfrom integrations_openai import OpenAIClient as OpenAI\n"
    "from pydantic import BaseModel\n"  # the structured-output models (either side)
)
ERROR = re.compile(r"^[^:]+\.py:\d+: error: ", re.MULTILINE)

# Errors our side still has, each waiting for work in another area. An entry must still
# match one of our errors (the test fails when it no longer does, so it goes away as soon as
# that work lands); errors that match no entry count against the SDK's.
PENDING: dict[str, str] = {
    "pages expose `.data`": r'"Pager\[\w+\]" has no attribute "data"',
}


def render(imports: str | None) -> str:
    """The script with its import block replaced (`None`: as committed, the SDK's)."""
    text = TEMPLATE.read_text(encoding="utf-8")
    if imports is None:
        return text
    start, stop = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[:start] + imports + "\n" + text[stop:]


def errors(output: str) -> list[str]:
    """The `error:` lines of a mypy report."""
    return [line for line in output.splitlines() if ERROR.match(line)]


def mypy(script: Path, cache: Path) -> str:
    """`mypy --strict` on one file, outside the repository's own mypy configuration."""
    config = script.with_suffix(".ini")
    config.write_text("[mypy]\n", encoding="utf-8")
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "generated")])}
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary"]
    command += ["--config-file", str(config), "--cache-dir", str(cache), str(script)]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=env,
        cwd=script.parent,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr  # 2 would be a crash or bad usage
    return done.stdout


def test_the_template_renders_both_sides() -> None:
    sdk, ours = render(None), render(OURS)
    assert "from openai import OpenAI" in sdk and "from openai" not in ours
    assert ours.count("client.") == sdk.count("client.") >= 10
    assert errors("a.py:3: error: x  [misc]\na.py:4: note: y\n") == ["a.py:3: error: x  [misc]"]


@pytest.mark.slow
def test_ours_is_no_noisier_than_the_sdk(tmp_path: Path) -> None:
    reports = {}
    for side, imports in (("sdk", None), ("ours", OURS)):
        script = tmp_path / f"{side}_script.py"
        script.write_text(render(imports), encoding="utf-8")
        reports[side] = mypy(script, tmp_path / "mypy-cache")  # shared: stdlib once
    print("--- mypy --strict, official SDK ---\n" + reports["sdk"])
    print("--- mypy --strict, integrations_openai ---\n" + reports["ours"])
    sdk, ours = errors(reports["sdk"]), errors(reports["ours"])
    stale = [
        why for why, pattern in PENDING.items() if not any(re.search(pattern, e) for e in ours)
    ]
    assert not stale, f"pending entries that no longer match an error: remove them: {stale}"
    unexplained = [e for e in ours if not any(re.search(p, e) for p in PENDING.values())]
    print(f"errors: sdk {len(sdk)}, ours {len(ours)} ({len(unexplained)} not pending elsewhere)")
    assert len(unexplained) <= len(sdk), "\n".join(unexplained)
