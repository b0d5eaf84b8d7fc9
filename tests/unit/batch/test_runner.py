"""The runner against the in-process fake Batch API: results, resubmission, and resumption
after a kill at every step boundary (and inside a step, after the call, before the save)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from integrations_openai.batch import BatchResult, Progress, Step, arun_batch, run_batch
from integrations_openai.errors import ConfigurationError, TimeoutError
from integrations_openai.testing.fake import FakeOpenAI

EP = "/v1/chat/completions"


def bodies(n: int) -> list[dict[str, Any]]:
    return [{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"q{i}"}]}
            for i in range(n)]  # fmt: skip


def no_sleep(seconds: float) -> None:
    pass


class Killed(Exception):
    """Stands in for the process dying."""


def run(client: Any, tmp_path: Path, requests: Any = None, **kw: Any) -> list[BatchResult]:
    kw.setdefault("sleep", no_sleep)
    return list(run_batch(client, requests, endpoint=EP, state=tmp_path / "run.json", **kw))


def test_every_request_gets_one_typed_answer(tmp_path: Path) -> None:
    seen: list[Progress] = []
    with FakeOpenAI() as fake, fake.client() as client:
        fake.reply_with(lambda prompt: prompt.upper())
        results = run(client, tmp_path, bodies(7), max_requests=3, on_progress=seen.append)
        assert len(fake.calls("POST /v1/batches")) == 3  # split at 3 requests per file
    assert [r.custom_id for r in results] == [f"request-{i}" for i in range(7)]
    assert all(r.ok and r.status_code == 200 for r in results)
    assert results[4].body["choices"][0]["message"]["content"] == "Q4"
    tokens = sum(r.body["usage"]["total_tokens"] for r in results)
    assert tokens > 0
    assert seen[-1] == Progress(total=7, succeeded=7, failed=0, batches=0, step="download",
                                tokens=tokens)  # fmt: skip


def test_failed_lines_are_resubmitted_until_they_succeed_or_attempts_run_out(
    tmp_path: Path,
) -> None:
    with FakeOpenAI() as fake, fake.client() as client:
        fake.fail_batch_lines(["request-1"], times=1)
        fake.fail_batch_lines(["request-2"], times=9, status=503)
        results = {r.custom_id: r for r in run(client, tmp_path, bodies(4), max_attempts=3)}
        assert len(fake.calls("POST /v1/batches")) == 3  # first + two resubmissions
    assert results["request-1"].ok
    assert not results["request-2"].ok and results["request-2"].status_code == 503
    assert results["request-2"].error["error"]["type"] == "server_error"
    assert len(results) == 4


def test_expired_batches_are_resubmitted_and_silent_losses_reported(tmp_path: Path) -> None:
    with FakeOpenAI() as fake, fake.client() as client:
        fake.expire_next_batches(1)
        healed = run(client, tmp_path / "a", bodies(6))
        assert len(fake.calls("POST /v1/batches")) == 2  # the unanswered half went again
    assert len(healed) == 6 and all(r.ok for r in healed)
    with FakeOpenAI() as fake, fake.client() as client:
        fake.expire_next_batches(5)
        results = run(client, tmp_path, bodies(4), max_attempts=2)
    ok = [r.custom_id for r in results if r.ok]
    lost = [r for r in results if not r.ok]
    assert len(results) == 4 and len(ok) == 3  # 2 on the first try, 1 of the 2 resubmitted
    assert lost[0].error == {"code": "expired", "message": "no answer for this request"}


def _steps(client: Any, tmp_path: Path, requests: Any) -> list[str]:
    names: list[str] = []
    run(client, tmp_path, requests, max_requests=2,
        before_step=lambda s: names.append(s.kind))  # fmt: skip
    return names


def test_killed_at_every_step_boundary_resumes_without_duplicates(tmp_path: Path) -> None:
    with FakeOpenAI() as fake, fake.client() as client:
        fake.fail_batch_lines(["request-0"], times=1)
        total = len(_steps(client, tmp_path / "count", bodies(5)))
    assert total > 10
    for kill_at in range(total):
        with FakeOpenAI() as fake, fake.client() as client:
            fake.fail_batch_lines(["request-0"], times=1)
            count = iter(range(10_000))

            def die(step: Step, kill_at: int = kill_at, count: Any = count) -> None:
                if next(count) == kill_at:
                    raise Killed(step.kind)

            where = tmp_path / f"k{kill_at}"
            with pytest.raises(Killed):
                run(client, where, bodies(5), max_requests=2, before_step=die)
            # The rerun is the same command; a planned run reads only its state file.
            results = run(client, where, bodies(5), max_requests=2)
            assert sorted(r.custom_id for r in results) == [f"request-{i}" for i in range(5)]
            assert all(r.ok for r in results)
            saved = json.loads((where / "run.json").read_text())
            assert saved["tokens"] == sum(r.body["usage"]["total_tokens"] for r in results)
            # 3 parts + 1 resubmission: never a batch or an upload twice.
            assert len(fake.calls("POST /v1/batches")) == 4
            assert len(fake.calls("POST /v1/files")) == 4


class LosesAnswers:
    """A client whose create calls reach the server but whose answers are lost (a kill)."""

    def __init__(self, client: Any, lose: str) -> None:
        self._client, self._lose = client, lose
        self.files, self.batches = (
            self._wrap(client.files, "files"),
            self._wrap(client.batches, "batches"),
        )

    def _wrap(self, resource: Any, name: str) -> Any:
        lose = self._lose

        class Wrapped:
            def __getattr__(self, attr: str) -> Any:
                method = getattr(resource, attr)
                if attr != "create" or name != lose:
                    return method

                def create(*args: Any, **kwargs: Any) -> Any:
                    method(*args, **kwargs)
                    raise Killed(f"{name}.create answered, then the process died")

                return create

        return Wrapped()


@pytest.mark.parametrize("lose", ["files", "batches"])
def test_a_lost_answer_is_found_by_name_not_submitted_again(tmp_path: Path, lose: str) -> None:
    with FakeOpenAI() as fake, fake.client() as client:
        with pytest.raises(Killed):
            run(LosesAnswers(client, lose), tmp_path, bodies(3))
        results = run(client, tmp_path)
        assert len(fake.calls("POST /v1/files")) == 1
        assert len(fake.calls("POST /v1/batches")) == 1
    assert [r.ok for r in results] == [True] * 3


def test_state_file_errors_and_deadline(tmp_path: Path) -> None:
    with FakeOpenAI(step_per_poll=False) as fake, fake.client() as client:
        with pytest.raises(ConfigurationError, match="pass the requests"):
            run(client, tmp_path)
        now = [0.0]

        def sleep(seconds: float) -> None:
            now[0] += seconds

        with pytest.raises(TimeoutError, match="rerun with state="):
            run(client, tmp_path, bodies(2), timeout=25.0, poll_interval=10.0,
                sleep=sleep, clock=lambda: now[0])  # fmt: skip
        fake.advance(3600)
        assert len(run(client, tmp_path)) == 2
    with pytest.raises(ConfigurationError, match="not /v1/embeddings"):
        list(run_batch(None, None, endpoint="/v1/embeddings", state=tmp_path / "run.json"))
    (tmp_path / "bad.json").write_text("{")
    with pytest.raises(ConfigurationError, match="not a batch run state"):
        list(run_batch(None, None, endpoint=EP, state=tmp_path / "bad.json"))
    (tmp_path / "old.json").write_text(json.dumps({"version": 0}))
    with pytest.raises(ConfigurationError, match="unknown state version"):
        list(run_batch(None, None, endpoint=EP, state=tmp_path / "old.json"))
    with pytest.raises(ConfigurationError, match="max_attempts"):
        list(run_batch(None, None, endpoint=EP, state=tmp_path / "x.json", max_attempts=0))


def test_async_driver(tmp_path: Path) -> None:
    async def main() -> list[BatchResult]:
        with FakeOpenAI() as fake:
            fake.fail_batch_lines(["request-2"], times=1)
            async with fake.async_client() as client:
                killed = False

                def die(step: Step) -> None:
                    nonlocal killed
                    if step.kind == "create" and not killed:
                        killed = True
                        raise Killed

                with pytest.raises(Killed):
                    await arun_batch(client, bodies(3), endpoint=EP, state=tmp_path / "a.json",
                                     before_step=die)  # fmt: skip

                async def asleep(seconds: float) -> None:
                    pass

                results = await arun_batch(client, None, endpoint=EP, state=tmp_path / "a.json",
                                           sleep=asleep)  # fmt: skip
                assert len(fake.calls("POST /v1/batches")) == 2
                return list(results)

    results = asyncio.run(main())
    assert [r.custom_id for r in results] == ["request-0", "request-1", "request-2"]
    assert all(r.ok for r in results)


def test_the_fake_refuses_files_over_the_per_file_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from integrations_openai.errors import BadRequestError
    from integrations_openai.testing.fake.handlers import batches

    monkeypatch.setattr(batches, "MAX_REQUESTS", 2)
    with FakeOpenAI() as fake, fake.client() as client:
        with pytest.raises(BadRequestError, match="at most 2 requests"):
            run(client, tmp_path / "over", bodies(3), max_requests=3)
        assert len(run(client, tmp_path / "split", bodies(3), max_requests=2)) == 3
