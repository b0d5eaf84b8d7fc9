"""Drop-in typing: user programs are no noisier under `mypy --strict` with us than with the SDK.

`typing_corpus/` holds realistic typed programs written against the official SDK's public
surface (chat, streams narrowing on `event.type`, Responses output items, tool calls,
`.parse`, embeddings, files, pages, raw and streamed responses, images, audio, moderation,
batches, assistants, vector stores, fine-tuning, the async client, errors; thread messages and
run steps, realtime and conversation items, evals and graders, containers, webhooks, `shared`
and `shared_params`, `*_params` submodules, pages, streams, raw responses, `NotGiven`/`Omit`
defaults, timeouts, `TypedDict` kwargs). The corpus is
type-checked twice, each time in one mypy run over the whole directory: as written (the
SDK), and with only its imports switched to ours. Per file, ours may not report more
errors than the SDK; the test prints the per-file table either way.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).with_name("typing_corpus")
ERROR = re.compile(r"^(?P<file>[^:\s]+\.py):\d+: error: .*$", re.MULTILINE)

# Errors our side still has, each with the reason and the area that owns the fix. An entry
# must keep matching one of our errors (the test fails once it does not, so it goes away
# when that work lands); matching errors are left out of the per-file count.
PENDING: dict[str, str] = {}


def as_ours(source: str) -> str:
    """A corpus program with its imports switched, and nothing else changed."""
    source = re.sub(r"^from openai([ .])", r"from integrations_openai\1", source, flags=re.M)
    return re.sub(r"^import openai$", "import integrations_openai as openai", source, flags=re.M)


def errors_per_file(output: str, pending: dict[str, str] | None = None) -> Counter[str]:
    """`file name -> error count` from a mypy report (notes are not errors), leaving out
    errors that match a `pending` pattern."""
    patterns = list((pending or {}).keys())
    return Counter(
        Path(m["file"]).name
        for m in ERROR.finditer(output)
        if not any(re.search(p, m[0]) for p in patterns)
    )


def stale(output: str, pending: dict[str, str]) -> list[str]:
    """Pending patterns that match none of the errors any more."""
    lines = [m[0] for m in ERROR.finditer(output)]
    return [p for p in pending if not any(re.search(p, line) for line in lines)]


def mypy(root: Path, packages: list[str], cache: Path) -> str:
    """`mypy --strict` over `packages` under `root` in one run (stdlib, pydantic and httpx
    are analysed once), outside the repository's own mypy configuration."""
    config = root / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT / "generated")])}
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary"]
    command += ["--config-file", str(config), "--cache-dir", str(cache), *packages]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=root, check=False)
    assert done.returncode in (0, 1), done.stdout + done.stderr  # 2: a crash or bad usage
    return done.stdout


def side_of(output: str, side: str) -> str:
    """The report lines of one side's package."""
    return "".join(line + "\n" for line in output.splitlines() if line.startswith(f"{side}/"))


def table(files: list[str], sdk: Counter[str], ours: Counter[str], pending: Counter[str]) -> str:
    """The per-file comparison, worst first (`pending`: ours left out, owned elsewhere)."""
    rows = sorted(files, key=lambda f: (sdk[f] - ours[f], -pending[f], f))
    lines = [f"{'program':<28} {'sdk':>4} {'ours':>5} {'pending':>8}"]
    lines += [f"{f:<28} {sdk[f]:>4} {ours[f]:>5} {pending[f]:>8}" for f in rows]
    totals = (sum(sdk.values()), sum(ours.values()), sum(pending.values()))
    lines.append(f"{'total':<28} {totals[0]:>4} {totals[1]:>5} {totals[2]:>8}")
    return "\n".join(lines)


def test_the_corpus_is_written_for_the_sdk_and_switches_by_import() -> None:
    programs = sorted(CORPUS.glob("*.py"))
    assert 20 <= len(programs) <= 80
    for program in programs:
        source = program.read_text(encoding="utf-8")
        switched = as_ours(source)
        assert "openai" in source and "integrations_openai" not in source, program.name
        assert not re.search(r"^(from|import) openai\b", switched, flags=re.M), program.name
        assert switched.count("client") == source.count("client")
    output = "a.py:3: error: x  [misc]\nb/c.py:4: note: y\nb/c.py:5: error: z  [misc]\n"
    assert errors_per_file(output) == Counter({"a.py": 1, "c.py": 1})
    assert errors_per_file(output, {r"c\.py:\d+: error: z": "why"}) == Counter({"a.py": 1})
    assert stale(output, {r"error: x": "a", r"error: w": "b"}) == [r"error: w"]


@pytest.mark.slow
def test_ours_is_no_noisier_than_the_sdk_per_program(tmp_path: Path) -> None:
    files = sorted(p.name for p in CORPUS.glob("*.py"))
    for side in ("sdk", "ours"):
        folder = tmp_path / side
        shutil.copytree(CORPUS, folder)
        (folder / "__init__.py").write_text("", encoding="utf-8")  # sdk.x and ours.x
        if side == "ours":
            for program in folder.glob("*.py"):
                program.write_text(as_ours(program.read_text(encoding="utf-8")), encoding="utf-8")
    output = mypy(tmp_path, ["sdk", "ours"], tmp_path / "mypy-cache")
    reports = {side: side_of(output, side) for side in ("sdk", "ours")}
    sdk, ours = errors_per_file(reports["sdk"]), errors_per_file(reports["ours"], PENDING)
    pending = errors_per_file(reports["ours"]) - ours
    print(table(files, sdk, ours, pending))
    print(f"pending (owned elsewhere): {sorted(set(PENDING.values()))}")
    print("--- official SDK ---\n" + reports["sdk"] + "--- ours ---\n" + reports["ours"])
    assert not stale(reports["ours"], PENDING), "pending entries that no longer match: remove them"
    worse = [f for f in files if ours[f] > sdk[f]]
    assert not worse, table(files, sdk, ours, pending) + "\n" + reports["ours"]
