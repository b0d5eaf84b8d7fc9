"""``client.with_raw_response`` / ``client.with_streaming_response`` (the SDK's client views)."""

from __future__ import annotations

import pytest

from integrations_openai import AsyncOpenAI, RawResponse
from integrations_openai._response_modes import ResponseMode
from integrations_openai.testing.fake import FakeOpenAI


def test_client_views_walk_namespaces_to_the_resource_mode() -> None:
    with FakeOpenAI() as fake, fake.client(max_retries=0) as client:
        raw = client.with_raw_response.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
        )
        assert isinstance(raw, RawResponse) and raw.status_code == 200
        assert raw.parse().choices[0].message.content == 'Fake answer to "hi"'
        assert client.with_raw_response.models.retrieve("gpt-4o").parse().id == "gpt-4o"
        with client.with_streaming_response.models.retrieve("gpt-4o") as response:
            assert response.parse().id == "gpt-4o"
        view = client.with_raw_response.beta
        assert repr(view) == "<with_raw_response view of Beta>"
        with pytest.raises(AttributeError):
            view.no_such_resource  # noqa: B018


async def test_async_client_view() -> None:
    with FakeOpenAI() as fake:
        async with AsyncOpenAI(api_key=fake.api_key, base_url=fake.url) as client:
            raw = await client.with_raw_response.models.retrieve("gpt-4o")
            assert raw.parse().id == "gpt-4o"


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown response mode"):
        ResponseMode(object(), "with_magic")
