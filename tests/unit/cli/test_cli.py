"""The command line against the embedded fake: output for people and for scripts (--json),
exit codes, resumable batch runs, and no key in any output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from integrations_openai.cli import EXIT_CODES, app
from integrations_openai.testing.fake import FakeOpenAI


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


def cli(fake: FakeOpenAI, *args: str, key: bool = True) -> Any:
    env = {"OPENAI_BASE_URL": fake.url, "OPENAI_API_KEY": fake.api_key if key else ""}
    result = CliRunner().invoke(app, list(args), env=env)
    assert fake.api_key not in result.output + result.stderr  # never echoed, even on errors
    return result


def write_input(path: Path, n: int) -> Path:
    lines = [{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"q{i}"}]}
             for i in range(n)]  # fmt: skip
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def test_exit_codes_are_documented() -> None:
    assert sorted(EXIT_CODES) == [0, 1, 2, 3, 4]


def test_models_list_as_table_and_json(fake: FakeOpenAI) -> None:
    table = cli(fake, "models", "list")
    assert table.exit_code == 0 and "gpt-4o-mini" in table.stdout
    listed = json.loads(cli(fake, "models", "list", "--json").stdout)
    assert {"id": "gpt-4o", "owned_by": "system"} in listed


def test_chat_prints_the_answer_or_the_whole_response(fake: FakeOpenAI) -> None:
    fake.reply_with(lambda prompt: prompt[::-1])
    plain = cli(fake, "chat", "hello", "--system", "be brief")
    assert plain.exit_code == 0 and plain.stdout.strip() == "olleh"
    sent = fake.calls("POST /v1/chat/completions")[-1].json()
    assert [m["role"] for m in sent["messages"]] == ["system", "user"]
    data = json.loads(cli(fake, "chat", "abc", "--json", "--model", "gpt-4.1").stdout)
    assert data["choices"][0]["message"]["content"] == "cba"
    assert fake.calls("POST /v1/chat/completions")[-1].json()["model"] == "gpt-4.1"


def test_api_errors_exit_3_with_one_line_and_no_traceback(fake: FakeOpenAI) -> None:
    fake.fail_next("POST /v1/chat/completions", status=400, message="bad model")
    result = cli(fake, "--max-retries", "0", "chat", "hi")
    assert result.exit_code == 3
    assert "bad model" in result.stderr and "Traceback" not in result.output + result.stderr


def test_missing_key_or_input_is_a_configuration_error(fake: FakeOpenAI, tmp_path: Path) -> None:
    result = cli(fake, "models", "list", key=False)
    assert result.exit_code == 2 and "error:" in result.stderr
    missing = cli(fake, "batch", "run", str(tmp_path / "nope.jsonl"), "--out",
                  str(tmp_path / "r.jsonl"))  # fmt: skip
    assert missing.exit_code == 2 and "no such file" in missing.stderr


def test_health_reports_and_fails_when_the_probe_fails(fake: FakeOpenAI) -> None:
    healthy = cli(fake, "health", "--json")
    assert healthy.exit_code == 0
    report = json.loads(healthy.stdout)
    assert report["ok"] is True and report["probe"]["status_code"] == 200
    assert "healthy: yes" in cli(fake, "health").stdout
    fake.fail_next("GET /v1/models", status=500)
    sick = cli(fake, "health")
    assert sick.exit_code == 1 and "probe: failed (500)" in sick.stdout


def test_batch_run_writes_one_result_per_request(fake: FakeOpenAI, tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl", 5)
    out = tmp_path / "results.jsonl"
    result = cli(fake, "batch", "run", str(source), "--out", str(out), "--poll-interval", "0")
    assert result.exit_code == 0, result.output
    assert "5 succeeded, 0 failed" in result.stdout
    assert "tokens" in result.stderr  # the live bar draws on stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["custom_id"] for r in rows] == [f"request-{i}" for i in range(5)]
    assert all(r["ok"] and r["body"]["object"] == "chat.completion" for r in rows)
    status = json.loads(cli(fake, "batch", "status", str(tmp_path / "results.jsonl.state.json"),
                            "--json").stdout)  # fmt: skip
    assert status["finished"] and status["succeeded"] == 5 and status["tokens"] > 0
    assert status["tokens"] == sum(r["body"]["usage"]["total_tokens"] for r in rows)


def test_batch_run_exit_1_when_requests_fail_for_good(fake: FakeOpenAI, tmp_path: Path) -> None:
    fake.fail_batch_lines(["request-1"], times=5, status=503)
    out = tmp_path / "r.jsonl"
    result = cli(fake, "batch", "run", str(write_input(tmp_path / "in.jsonl", 3)), "--out",
                 str(out), "--max-attempts", "2", "--poll-interval", "0", "--json")  # fmt: skip
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["succeeded"] == 2 and summary["failed"] == 1 and summary["total"] == 3
    rows = {r["custom_id"]: r for r in map(json.loads, out.read_text().splitlines())}
    failed = rows["request-1"]
    assert failed["status_code"] == 503 and not failed["ok"]


def test_batch_run_times_out_with_4_then_resumes_from_its_state(tmp_path: Path) -> None:
    with FakeOpenAI(step_per_poll=False) as fake:
        source = write_input(tmp_path / "in.jsonl", 4)
        out, state = tmp_path / "r.jsonl", tmp_path / "run.json"
        args = ["batch", "run", str(source), "--out", str(out), "--state", str(state)]
        first = cli(fake, *args, "--timeout", "0", "--poll-interval", "1")
        assert first.exit_code == 4 and "rerun" in first.stderr
        pending = cli(fake, "batch", "status", str(state))
        assert "4 pending of 4" in pending.stdout and "poll" in pending.stdout
        fake.advance(3600)
        again = cli(fake, *args, "--json", "--poll-interval", "0")
        assert again.exit_code == 0 and json.loads(again.stdout)["succeeded"] == 4
        assert len(fake.calls("POST /v1/batches")) == 1  # resumed, not submitted again
        (batch_id,) = {p["batch_id"] for p in json.loads(
            cli(fake, "batch", "status", str(state), "--json").stdout)["parts"]}  # fmt: skip
        one = cli(fake, "batch", "status", batch_id)
        assert one.exit_code == 0 and f"{batch_id}: completed (4 completed" in one.stdout
        assert json.loads(cli(fake, "batch", "status", batch_id, "--json").stdout)["status"] == (
            "completed"
        )


def test_a_corrupt_state_file_is_a_configuration_error(fake: FakeOpenAI, tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{")
    result = cli(fake, "batch", "status", str(tmp_path / "bad.json"))
    assert result.exit_code == 2 and "not a batch run state" in result.stderr


def test_the_module_and_the_script_entry_point_run_the_app(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import subprocess
    import sys

    from integrations_openai.cli import main

    monkeypatch.setattr(sys, "argv", ["integrations-openai", "--help"])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 0
    done = subprocess.run([sys.executable, "-m", "integrations_openai.cli", "models", "--help"],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0 and "list" in done.stdout, done.stderr
