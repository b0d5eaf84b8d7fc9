"""`mypy --strict` on a small user script: API attribute names, `None` for absent fields,
lenient enums, and narrowing a stream-event union (with `UnknownVariant`) by `event.type`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
from typing import Any

from integrations_openai_api.events import parse_response_stream_event
from integrations_openai_api.models import CreateChatCompletionResponse, ResponseObject


def deltas(raw: list[dict[str, Any]]) -> list[str]:
    out: list[str] = []
    for data in raw:
        event = parse_response_stream_event(data)
        if event.type == "response.output_text.delta":
            out.append(event.delta)
        elif event.type == "response.completed":
            out.append(event.response.output_text)
    return out


def chat(body: dict[str, Any]) -> str:
    completion = CreateChatCompletionResponse.from_dict(body)
    kind: str = completion.object
    fingerprint: str | None = completion.system_fingerprint
    tier: str | None = completion.service_tier
    fields: set[str] = completion.model_fields_set
    dumped: dict[str, Any] = completion.model_dump(exclude_unset=True)
    text: str = completion.to_json(indent=2) + completion.model_dump_json()
    copy: CreateChatCompletionResponse = completion.model_copy(update={"model": "m"})
    request_id: str | None = completion._request_id
    return f"{kind}{fingerprint}{tier}{fields}{dumped}{text}{copy}{request_id}"


def response(body: dict[str, Any]) -> str:
    parsed = ResponseObject.model_validate(body)
    return parsed.output_text
"""

BROKEN = """
from integrations_openai_api.models import CreateChatCompletionResponse


def absent_is_none(completion: CreateChatCompletionResponse) -> str:
    return completion.system_fingerprint
"""


def mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "user_script.py"
    script.write_text(source, encoding="utf-8")
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    env = {**os.environ, "MYPYPATH": str(ROOT / "generated")}
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", str(config)]
    command += ["--cache-dir", str(tmp_path.parent / "mypy-cache"), str(script)]
    return subprocess.run(command, capture_output=True, text=True, env=env, check=False)


@pytest.mark.slow
def test_user_script_type_checks_and_narrows(tmp_path: Path) -> None:
    done = mypy(tmp_path, SCRIPT)
    assert done.returncode == 0, done.stdout + done.stderr
    broken = mypy(tmp_path, BROKEN)
    assert broken.returncode == 1
    assert 'Incompatible return value type (got "str | None", expected "str")' in broken.stdout
