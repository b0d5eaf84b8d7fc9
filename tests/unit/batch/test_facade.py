"""``client.batches.run`` (sync and async): results typed like the synchronous call's."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from integrations_openai_api.models.create_chat_completion_response import (
    CreateChatCompletionResponse,
)
from integrations_openai_api.models.create_embedding_response import CreateEmbeddingResponse

from integrations_openai.batch import BatchResult, Progress
from integrations_openai.batch._results import BatchResult as Result
from integrations_openai.batch._results import read_results, record
from integrations_openai.testing.fake import FakeOpenAI

CHAT = "/v1/chat/completions"


def bodies(n: int) -> list[dict[str, Any]]:
    return [{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"q{i}"}]}
            for i in range(n)]  # fmt: skip


def test_sync_run_types_each_body_like_create(tmp_path: Path) -> None:
    seen: list[Progress] = []
    with FakeOpenAI() as fake, fake.client() as client:
        fake.reply_with(lambda prompt: prompt.upper())
        results = list(client.batches.run(bodies(3), endpoint=CHAT, state=tmp_path / "s.json",
                                          poll_interval=0, on_progress=seen.append))  # fmt: skip
        direct = client.chat.completions.create(**bodies(1)[0])
    assert [r.custom_id for r in results] == ["request-0", "request-1", "request-2"]
    assert all(isinstance(r.body, CreateChatCompletionResponse) for r in results)
    assert type(results[0].body) is type(direct)
    assert results[2].body is not None and results[2].body.choices[0].message.content == "Q2"
    assert seen[-1].succeeded == 3 and seen[-1].tokens == sum(
        r.body.usage.total_tokens for r in results if r.body is not None and r.body.usage
    )


def test_async_run_and_other_endpoints(tmp_path: Path) -> None:
    async def main() -> list[BatchResult[Any]]:
        with FakeOpenAI() as fake:
            async with fake.async_client() as client:
                lines = [{"custom_id": f"doc-{i}", "body": {"model": "text-embedding-3-small",
                                                           "input": f"text {i}"}}
                         for i in range(2)]  # fmt: skip
                results = await client.batches.run(
                    lines, endpoint="/v1/embeddings", state=tmp_path / "e.json", poll_interval=0
                )
                return list(results)

    results = asyncio.run(main())
    assert [r.custom_id for r in results] == ["doc-0", "doc-1"]
    assert all(isinstance(r.body, CreateEmbeddingResponse) for r in results)


def test_a_body_that_does_not_parse_is_a_failed_result_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    path.write_bytes(
        record(Result("a", True, 200, {"ok": 1}))
        + record(Result("b", True, 200, {"ok": 2}))
        + record(Result("c", False, 500, None, {"message": "boom"}))
    )

    def parse(body: Any) -> Any:
        from integrations_openai.errors import ResponseDecodeError

        if body["ok"] == 2:
            raise ResponseDecodeError("does not match", body=body)
        return ("typed", body["ok"])

    got = {r.custom_id: r for r in read_results(path, parse)}
    assert got["a"].ok and got["a"].body == ("typed", 1)
    assert not got["b"].ok and got["b"].error["code"] == "response_decode_error"
    assert not got["c"].ok and got["c"].error == {"message": "boom"}


def test_unknown_endpoint_runs_untyped(tmp_path: Path) -> None:
    with FakeOpenAI() as fake, fake.client() as client:
        results = list(client.batches.run(
            [{"model": "omni-moderation-latest", "input": "hi"}], endpoint="/v1/moderations",
            state=tmp_path / "m.json", poll_interval=0,
        ))  # fmt: skip
    assert results[0].ok and not isinstance(results[0].body, dict)


class Killed(Exception):
    """Stands in for the process dying."""


def test_large_files_go_up_in_parts_and_a_lost_answer_is_found_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from integrations_openai_api.resources.uploads import Uploads

    chunked = Uploads.upload_file_chunked

    def upload_then_die(self: Uploads, *args: Any, **kwargs: Any) -> Any:
        chunked(self, *args, **kwargs)
        raise Killed("the upload completed, then the process died")

    with FakeOpenAI() as fake, fake.client() as client:
        state = tmp_path / "s.json"
        monkeypatch.setattr(Uploads, "upload_file_chunked", upload_then_die)
        with pytest.raises(Killed):
            client.batches.run(bodies(4), endpoint=CHAT, state=state, upload_threshold=100,
                               poll_interval=0)  # fmt: skip
        monkeypatch.undo()
        results = list(client.batches.run(None, endpoint=CHAT, state=state, poll_interval=0))
        assert len(fake.calls("POST /v1/uploads")) == 1  # found by its name, not sent again
        assert len(fake.calls("POST /v1/uploads/{upload_id}/parts")) == 1
        assert not fake.calls("POST /v1/files")
        assert fake.calls("POST /v1/uploads")[0].json()["mime_type"] == "text/jsonl"
    assert [r.ok for r in results] == [True] * 4


def test_async_chunked_upload(tmp_path: Path) -> None:
    async def main() -> int:
        with FakeOpenAI() as fake:
            async with fake.async_client() as client:
                results = await client.batches.run(
                    bodies(2), endpoint=CHAT, state=tmp_path / "a.json", upload_threshold=1,
                    poll_interval=0,
                )  # fmt: skip
                assert len(fake.calls("POST /v1/uploads")) == 1
                return sum(1 for r in results if r.ok)

    assert asyncio.run(main()) == 2


def test_every_batch_api_endpoint_gets_a_typed_overload() -> None:
    from typing import get_args, get_overloads

    from integrations_openai_api._facade_runtime import Operation
    from integrations_openai_api.models.create_batch_body_endpoint import (
        CreateBatchBodyEndpoint,
    )
    from integrations_openai_api.resources import batches

    table = batches._BATCH_RESULTS
    assert set(table) == set(get_args(CreateBatchBodyEndpoint))
    for endpoint, ref in table.items():
        op = ref.get()
        assert isinstance(op, Operation) and "/v1" + op.path == endpoint
    for cls in (batches.Batches, batches.AsyncBatches):
        assert len(get_overloads(cls.run)) == len(table) + 1  # + the untyped `str` one
