"""The fake streams image generations and edits when asked (``stream=true``), as the spec says."""

from __future__ import annotations

import pytest

from integrations_openai.errors import BadRequestError
from integrations_openai.testing.fake import FakeOpenAI


def test_generation_stream_sends_partials_then_completed() -> None:
    with FakeOpenAI() as fake, fake.client(max_retries=0) as client:
        stream = client.images.generate(
            model="gpt-image-1", prompt="a river", stream=True, partial_images=2, size="1024x1024"
        )
        events = list(stream)
        assert [e.type for e in events] == [
            "image_generation.partial_image",
            "image_generation.partial_image",
            "image_generation.completed",
        ]
        assert [e.partial_image_index for e in events[:2]] == [0, 1]
        assert events[-1].usage is not None and events[-1].size == "1024x1024"
        with pytest.raises(BadRequestError):
            list(client.images.generate(prompt="x", stream=True, partial_images="many"))  # type: ignore[arg-type]


def test_edit_stream_uses_image_edit_events() -> None:
    with FakeOpenAI() as fake, fake.client(max_retries=0) as client:
        stream = client.images.edit(
            model="gpt-image-1", image=("in.png", b"png"), prompt="a hat", stream=True
        )
        assert [e.type for e in stream] == ["image_edit.completed"]
