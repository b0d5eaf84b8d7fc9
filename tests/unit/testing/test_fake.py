"""The fake as a test double: state, schedules under the test's control, faults, the log."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import httpx
import pytest

from integrations_openai import (
    AuthenticationError,
    NetworkError,
    NotFoundError,
    QuotaExceededError,
    RateLimitError,
    ServerError,
    StreamError,
    TimeoutError,
    ValidationError,
)
from integrations_openai.errors import ResponseDecodeError
from integrations_openai.testing import FakeOpenAI as LazyFake
from integrations_openai.testing import set_testing
from integrations_openai.testing.fake import FakeClock, FakeOpenAI
from integrations_openai.testing.fake.__main__ import main

HELLO = [{"role": "user", "content": "Say hello"}]
LINES = (
    b"".join(
        json.dumps(
            {
                "custom_id": cid,
                "method": "POST",
                "url": "/v1/embeddings",
                "body": {"model": "text-embedding-3-small", "input": cid},
            }
        ).encode()
        + b"\n"
        for cid in ("first", "second")
    )
    + b'{"custom_id": "bad", "method": "POST", "url": "/v1/wrong", "body": {}}\n'
)


@pytest.fixture
def fake() -> FakeOpenAI:
    with FakeOpenAI() as server:
        yield server


def test_lazy_name_and_url(fake: FakeOpenAI) -> None:
    assert LazyFake is FakeOpenAI
    assert fake.url == f"http://127.0.0.1:{fake.port}/v1"


def test_chat_answers_and_logs_the_request_without_the_key(fake: FakeOpenAI) -> None:
    with fake.client() as client:
        completion = client.chat.completions.create(model="gpt-4o-mini", messages=HELLO)
    assert completion.choices[0].message.content == 'Fake answer to "Say hello"'
    assert completion.id.startswith("chatcmpl-")
    assert completion.usage is not None and completion.usage.total_tokens > 0
    [call] = fake.calls("POST /v1/chat/completions")
    assert call.json()["messages"] == HELLO
    assert call.headers["authorization"] == "***"
    assert fake.api_key not in repr(fake.requests)
    assert fake.calls("GET /v1/models") == []


def test_reply_with_text_and_callable(fake: FakeOpenAI) -> None:
    with fake.client() as client:
        fake.reply_with("Fixed.")
        first = client.chat.completions.create(model="m", messages=HELLO)
        fake.reply_with(str.upper)
        second = client.responses.create(model="m", input="shout")
    assert first.choices[0].message.content == "Fixed."
    assert second.output[0].content[0].text == "SHOUT"


def test_rate_limit_twice_then_success(fake: FakeOpenAI) -> None:
    fake.fail_next("POST /v1/chat/completions", status=429, retry_after=0, times=2)
    with set_testing(attempts=3), fake.client() as client:
        completion = client.chat.completions.create(model="gpt-4o-mini", messages=HELLO)
    assert completion.choices[0].finish_reason == "stop"
    assert len(fake.calls("POST /v1/chat/completions")) == 3
    assert fake.faults.pending == 0


def test_quota_429_is_not_retried(fake: FakeOpenAI) -> None:
    fake.fail_next("/v1/chat/completions", status=429, code="insufficient_quota", times=3)
    with (
        set_testing(attempts=3),
        fake.client() as client,
        pytest.raises(QuotaExceededError) as caught,
    ):
        client.chat.completions.create(model="gpt-4o-mini", messages=HELLO)
    assert caught.value.code == "insufficient_quota"
    assert len(fake.calls()) == 1


def test_rate_limit_headers_reach_the_error(fake: FakeOpenAI) -> None:
    fake.fail_next("POST /v1/embeddings", status=429, retry_after=2)
    with fake.client(max_retries=0) as client, pytest.raises(RateLimitError) as caught:
        client.embeddings.create(model="text-embedding-3-small", input="x")
    assert caught.value.status_code == 429
    answer = fake.requests[-1]
    assert answer.path == "/v1/embeddings"


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        ({"status": 503}, ServerError),
        ({"reset": True}, NetworkError),
        ({"malformed": True}, ResponseDecodeError),
        ({"cut_after": 1}, NetworkError),
    ],
)
def test_faults_become_our_exceptions(
    fake: FakeOpenAI, fault: dict[str, object], error: type[Exception]
) -> None:
    fake.fail_next("GET /v1/models/{model}", **fault)  # type: ignore[arg-type]
    with fake.client(max_retries=0) as client, pytest.raises(error):
        client.models.retrieve("gpt-4o")
    with fake.client(max_retries=0) as client:  # the fault is used up
        assert client.models.retrieve("gpt-4o").id == "gpt-4o"


def test_a_cut_stream_raises_after_the_first_events(fake: FakeOpenAI) -> None:
    fake.fail_next("POST /v1/chat/completions", cut_after=2)
    pieces = []
    with fake.client(max_retries=0) as client:
        stream = client.chat.completions.create(model="m", messages=HELLO, stream=True)
        with pytest.raises((StreamError, NetworkError)), stream:
            for chunk in stream:
                pieces.append(chunk)
    assert len(pieces) == 2


def test_a_stalled_stream_times_out(fake: FakeOpenAI) -> None:
    fake.fail_next("POST /v1/chat/completions", stall_after=1)
    with fake.client(max_retries=0, timeout=0.3) as client:
        stream = client.chat.completions.create(model="m", messages=HELLO, stream=True)
        with pytest.raises((TimeoutError, StreamError)), stream:
            for _ in stream:
                pass


def test_a_delayed_answer_still_arrives(fake: FakeOpenAI) -> None:
    fake.fail_next("GET /v1/models", delay=0.01)
    with fake.client() as client:
        assert "gpt-4o" in [m.id for m in client.models.list()]


def test_slow_headers_past_the_deadline_time_out(fake: FakeOpenAI) -> None:
    fake.fail_next("GET /v1/models/{model}", delay=5)
    with fake.client(max_retries=0, timeout=0.2) as client, pytest.raises(TimeoutError):
        client.models.retrieve("gpt-4o")


def test_bad_fault_scripts_are_refused(fake: FakeOpenAI) -> None:
    with pytest.raises(ValueError, match="needs a fault"):
        fake.fail_next("POST /v1/chat/completions")
    with pytest.raises(ValueError, match="times"):
        fake.fail_next("*", status=500, times=0)
    with pytest.raises(ValueError, match="route"):
        fake.fail_next("POST chat", status=500)


def test_faults_scripted_over_http(fake: FakeOpenAI) -> None:
    control = fake.url.removesuffix("/v1") + "/_fake/fail_next"
    script = {"route": "GET /v1/models/{model}", "status": 422, "param": "model", "times": 2}
    answer = httpx.post(control, json=script)
    assert answer.status_code == 200
    assert answer.json() == {"pending": 2}
    with fake.client(max_retries=0) as client:
        for _ in range(2):
            with pytest.raises(ValidationError) as caught:
                client.models.retrieve("gpt-4o")
            assert caught.value.param == "model"
        assert client.models.retrieve("gpt-4o").id == "gpt-4o"
    assert httpx.post(control, json={"route": "x", "status": 500}).status_code == 400
    assert httpx.post(control, json={"nonsense": 1}).status_code == 400
    assert httpx.post(control, json=[1]).status_code == 400
    assert httpx.post(control, content=b"{").status_code == 400
    assert httpx.get(control).status_code == 405
    assert fake.faults.pending == 0


def test_chat_validation_and_auth(fake: FakeOpenAI) -> None:
    with fake.client(max_retries=0) as client, pytest.raises(ValidationError) as caught:
        client.chat.completions.create(model="m", messages=HELLO, extra_body={"temperature": "hot"})
    assert caught.value.param == "temperature"
    anonymous = httpx.post(fake.url + "/chat/completions", json={})
    assert anonymous.status_code == 401
    assert httpx.get(fake.url[:-3] + "/other").status_code == 404


def test_a_fixed_key_is_enforced() -> None:
    with FakeOpenAI(api_key="sk-test-right-key") as fake:
        with (
            fake.client(api_key="sk-test-wrong-key", max_retries=0) as client,
            pytest.raises(AuthenticationError),
        ):
            client.models.list()  # the first page is fetched at the call
        with fake.client() as client:
            assert client.models.retrieve("gpt-4o").owned_by == "system"


def test_batch_moves_with_fake_time_only() -> None:
    with FakeOpenAI(step_per_poll=False) as fake, fake.client() as client:
        source = client.files.create(file=("in.jsonl", LINES), purpose="batch")
        batch = client.batches.create(
            input_file_id=source.id, endpoint="/v1/embeddings", completion_window="24h"
        )
        assert batch.status == "validating"
        assert client.batches.retrieve(batch.id).status == "validating"
        fake.advance(5)
        assert client.batches.retrieve(batch.id).status == "in_progress"
        fake.advance(65)
        done = client.batches.retrieve(batch.id)
        assert done.status == "completed"
        assert done.request_counts is not None and done.request_counts.completed == 2
        assert done.request_counts.failed == 1
        assert done.output_file_id is not None and done.error_file_id is not None
        output = [
            json.loads(line) for line in client.files.content(done.output_file_id).splitlines()
        ]
        errors = [
            json.loads(line) for line in client.files.content(done.error_file_id).splitlines()
        ]
    assert [o["custom_id"] for o in output] == ["first", "second"]
    assert output[0]["response"]["body"]["data"][0]["object"] == "embedding"
    assert [e["custom_id"] for e in errors] == ["bad"]


def test_batch_cancel_and_poll_helper(fake: FakeOpenAI) -> None:
    with fake.client() as client:
        source = client.files.create(file=("in.jsonl", LINES), purpose="batch")
        batch = client.batches.create(
            input_file_id=source.id, endpoint="/v1/embeddings", completion_window="24h"
        )
        assert client.batches.cancel(batch.id).status == "cancelling"
        assert client.batches.retrieve(batch.id).status == "cancelled"
        other = client.batches.create(
            input_file_id=source.id, endpoint="/v1/embeddings", completion_window="24h"
        )
        assert client.batches.poll(other.id).status == "completed"
        with pytest.raises(NotFoundError):
            client.batches.retrieve("batch_missing")


def test_run_with_tool_calls() -> None:
    tool = {
        "type": "function",
        "function": {
            "name": "weather",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
    with FakeOpenAI(step_per_poll=False) as fake, fake.client() as client:
        assistant = client.assistants.create(model="gpt-4o-mini", tools=[tool])
        thread = client.threads.create(messages=[{"role": "user", "content": "Weather in Paris?"}])
        run = client.threads.runs.create(thread.id, assistant_id=assistant.id)
        assert run.status == "queued"
        fake.advance(10)
        waiting = client.threads.runs.retrieve(run.id, thread_id=thread.id)
        assert waiting.status == "requires_action"
        calls = waiting.required_action.submit_tool_outputs.tool_calls
        assert json.loads(calls[0].function.arguments) == {"city": "Paris"}
        resumed = client.threads.runs.submit_tool_outputs(
            run.id,
            thread_id=thread.id,
            tool_outputs=[{"tool_call_id": calls[0].id, "output": "sunny"}],
        )
        assert resumed.status == "in_progress"
        fake.advance(10)
        assert client.threads.runs.retrieve(run.id, thread_id=thread.id).status == "completed"
        messages = client.threads.messages.list(thread.id).data
    assert messages[0].role == "assistant"
    assert "sunny" in messages[0].content[0].text.value


def test_fine_tuning_job_to_a_model(fake: FakeOpenAI) -> None:
    with fake.client() as client:
        data = client.files.create(file=("t.jsonl", b"{}\n"), purpose="fine-tune")
        job = client.fine_tuning.jobs.create(model="gpt-4o-mini-2024-07-18", training_file=data.id)
        finished = client.fine_tuning.jobs.poll(job.id)
        assert finished.status == "succeeded"
        assert finished.fine_tuned_model is not None
        assert client.models.retrieve(finished.fine_tuned_model).owned_by == "fake-org"
        events = [e.message for e in client.fine_tuning.jobs.list_events(job.id, limit=50)]
    assert events[0] == "The job has successfully completed"
    assert "Fine-tuning job started" in events


def test_speech_round_trips_through_transcription(fake: FakeOpenAI) -> None:
    with fake.client() as client:
        audio = client.audio.speech.create(
            model="tts-1", voice="alloy", input="Round trip.", response_format="wav"
        )
        text = client.audio.transcriptions.create(
            file=("a.wav", audio, "audio/wav"), model="whisper-1"
        )
    assert audio[:4] == b"RIFF"
    assert text.text == "Round trip."


def test_uploads_join_parts_into_a_file(fake: FakeOpenAI) -> None:
    with fake.client() as client:
        upload = client.uploads.create(
            filename="u.txt", purpose="assistants", bytes=6, mime_type="text/plain"
        )
        parts = [
            client.uploads.parts.create(upload.id, data=chunk).id for chunk in (b"abc", b"def")
        ]
        done = client.uploads.complete(upload.id, part_ids=parts)
        assert done.status == "completed" and done.file is not None
        assert client.files.content(done.file.id) == b"abcdef"


def test_other_operations_answer_from_the_schema(fake: FakeOpenAI) -> None:
    headers = {"authorization": f"Bearer {fake.api_key}"}
    container = httpx.get(fake.url + "/containers/cntr_abc", headers=headers)
    assert container.status_code == 200
    assert container.json()["id"] == "cntr_abc"
    assert httpx.get(fake.url + "/nowhere", headers=headers).status_code == 404


def test_a_handler_bug_is_a_clear_500(fake: FakeOpenAI) -> None:
    fake.state.dispatch = None
    with fake.client(max_retries=0) as client:
        source = client.files.create(file=("in.jsonl", LINES), purpose="batch")
        batch = client.batches.create(
            input_file_id=source.id, endpoint="/v1/embeddings", completion_window="24h"
        )
        client.batches.retrieve(batch.id)
        client.batches.retrieve(batch.id)
        with pytest.raises(ServerError, match="fake server error"):
            client.batches.retrieve(batch.id)


def test_reset_forgets_everything(fake: FakeOpenAI) -> None:
    with fake.client() as client:
        client.files.create(file=("a.txt", b"a"), purpose="assistants")
        fake.fail_next(status=500)
        fake.reset()
        assert list(client.files.list()) == []
    assert fake.faults.pending == 0


async def test_async_client(fake: FakeOpenAI) -> None:
    async with fake.async_client() as client:
        result = await client.embeddings.create(
            model="text-embedding-3-small", input="hi", dimensions=4
        )
    assert len(list(result.data[0].embedding)) == 4


def test_clock_refuses_to_go_back() -> None:
    clock = FakeClock(100.0)
    assert clock.advance(5) == 105.0
    with pytest.raises(ValueError):
        clock.advance(-1)
    assert "105.0" in repr(clock)


def test_command_line_serves_until_stopped(capsys: pytest.CaptureFixture[str]) -> None:
    stop = threading.Event()
    thread = threading.Thread(target=main, args=(["--port", "0"],), kwargs={"stop": stop})
    thread.start()
    try:
        for _ in range(200):
            out = capsys.readouterr().out
            if out:
                break
            threading.Event().wait(0.01)
        url = out.split(" at ")[1].split()[0]
        assert (
            httpx.get(
                url + "/models", headers={"authorization": "Bearer sk-x-anything"}
            ).status_code
            == 200
        )
    finally:
        stop.set()
        thread.join(10)


def test_importing_the_client_does_not_load_the_fake() -> None:
    code = "import sys, integrations_openai, integrations_openai.testing; print(any('testing.fake' in m for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
