"""An embedded fake of the OpenAI API for tests and demos: pure Python, no Node, no network.

::

    from integrations_openai.testing.fake import FakeOpenAI

    with FakeOpenAI() as fake:
        client = fake.client()                     # or OpenAIClient(api_key=fake.api_key, base_url=fake.url)
        fake.fail_next("POST /v1/chat/completions", status=429, retry_after=0, times=2)
        client.chat.completions.create(model="gpt-4o-mini", messages=[...])
        fake.advance(60)                           # fake time: batches, jobs, runs move on
        fake.calls("POST /v1/chat/completions")    # the request log, keys redacted

Run it as a server: ``python -m integrations_openai.testing.fake --port 8080``.
"""

from __future__ import annotations

from ._clock import FakeClock
from ._fake import DEFAULT_API_KEY, FakeOpenAI
from ._faults import Fault
from ._wire import RecordedRequest

__all__ = ["DEFAULT_API_KEY", "FakeClock", "FakeOpenAI", "Fault", "RecordedRequest"]
