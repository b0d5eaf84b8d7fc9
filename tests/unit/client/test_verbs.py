"""The SDK's verbs (``client.get/post/put/patch/delete``) for endpoints the facade lacks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pydantic
import pytest
from integrations_openai_api.models.model import Model

from integrations_openai import AsyncOpenAI, OpenAI
from integrations_openai._verbs import cast, request_args
from integrations_openai.errors import ConfigurationError, NotFoundError
from integrations_openai.testing.fake import FakeOpenAI


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


class Moderation(pydantic.BaseModel):
    id: str
    model: str


def test_get_casts_to_what_is_asked(fake: FakeOpenAI) -> None:
    with fake.client(max_retries=0) as client:
        raw = client.get("/models/gpt-4o-mini", cast_to=httpx.Response)
        assert isinstance(raw, httpx.Response) and raw.json()["id"] == "gpt-4o-mini"
        model = client.get("/models/gpt-4o-mini", cast_to=Model)
        assert isinstance(model, Model) and model.id == "gpt-4o-mini"
        assert str(model._request_id).startswith("req_")
        assert client.get("/models/gpt-4o-mini")["object"] == "model"  # cast_to=object: JSON
        assert '"gpt-4o-mini"' in client.get("/models/gpt-4o-mini", cast_to=str)
        assert client.get("/models/gpt-4o-mini", cast_to=bytes).startswith(b"{")
        assert client.get("/models/gpt-4o-mini", cast_to=type(None)) is None
        with pytest.raises(NotFoundError):
            client.get("/no-such-thing", cast_to=httpx.Response)


def test_post_sends_body_options_and_files(fake: FakeOpenAI) -> None:
    with fake.client(max_retries=0) as client:
        moderation = client.post(
            "/moderations",
            cast_to=Moderation,
            body={"input": "hello"},
            options={
                "headers": {"x-custom": "1"},
                "params": {"q": "2"},
                "extra_json": {"model": "omni-moderation-latest"},
                "timeout": 5.0,
                "max_retries": 1,
            },
        )
        assert isinstance(moderation, Moderation) and moderation.model == "omni-moderation-latest"
        sent = fake.calls("POST /v1/moderations")[-1]
        assert sent.json() == {"input": "hello", "model": "omni-moderation-latest"}
        assert sent.headers["x-custom"] == "1" and sent.query == "q=2"
        uploaded = client.post(
            "/files", body={"purpose": "batch"}, files={"file": ("a.jsonl", b"{}\n")}
        )
        assert uploaded["filename"] == "a.jsonl" and uploaded["purpose"] == "batch"
        assert client.delete(f"/files/{uploaded['id']}")["deleted"] is True
        vector_store = client.post("/vector_stores", body={"name": "a"})
        updated = client.post(f"/vector_stores/{vector_store['id']}", body={"name": "b"})
        assert updated["name"] == "b"
        for verb in (client.put, client.patch):
            with pytest.raises(NotFoundError):
                verb("/no-such-thing", body={})


async def test_async_verbs(fake: FakeOpenAI) -> None:
    async with AsyncOpenAI(api_key=fake.api_key, base_url=fake.url, max_retries=0) as client:
        model = await client.get("/models/gpt-4o", cast_to=Model, options={"max_retries": 0})
        assert model.id == "gpt-4o"
        created = await client.post(
            "/files", body={"purpose": "batch"}, files={"file": ("b", b"x")}
        )
        assert (await client.delete(f"/files/{created['id']}"))["deleted"] is True
        for verb in (client.put, client.patch):
            with pytest.raises(NotFoundError):
                await verb("/no-such-thing", body={})


def test_bad_verb_arguments_are_refused_clearly() -> None:
    with pytest.raises(ConfigurationError, match="stream=True"):
        request_args(stream=True)
    with pytest.raises(ConfigurationError, match="unknown request options: retries"):
        request_args(options={"retries": 1})
    with pytest.raises(ConfigurationError, match="extra_json"):
        request_args(body=[1], options={"extra_json": {"a": 1}})
    client = OpenAI(api_key="sk-test-000000000000000000")
    with pytest.raises(ConfigurationError, match="stream=True"):
        client.post("/chat/completions", body={}, stream=True)
    client.close()


def test_cast_of_a_plain_json_list() -> None:
    response = httpx.Response(200, json=[1, 2])
    any_type: Any = list
    assert cast(any_type, response) == [1, 2]
    assert request_args(body={"a": 1}).kwargs["json"] == {"a": 1}
