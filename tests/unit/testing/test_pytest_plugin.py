"""The pytest plugin: its fixtures used directly, and in a user's project via the entry point."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from integrations_openai import AsyncOpenAIClient, OpenAIClient
from integrations_openai.testing import is_testing
from integrations_openai.testing.fake import FakeOpenAI

USER_TESTS = """
import os

import pytest
from openai import OpenAI


def summarize(client, text):
    answer = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": f"Summarize: {text}"}]
    )
    return answer.choices[0].message.content


def test_summary(openai_fake, openai_client):
    openai_fake.reply_with("Short.")
    assert summarize(openai_client, "a long text") == "Short."
    [call] = openai_fake.calls("POST /v1/chat/completions")
    assert call.json()["messages"][0]["content"] == "Summarize: a long text"


def test_the_official_sdk_finds_the_fake_in_the_environment(openai_fake):
    assert summarize(OpenAI(), "x") == 'Fake answer to "Summarize: x"'


def test_retries_are_visible(openai_fake, openai_client):
    openai_fake.fail_next("POST /v1/chat/completions", status=503)
    from integrations_openai.testing import set_testing
    with set_testing(attempts=2):
        summarize(openai_client, "y")
    assert len(openai_fake.calls()) == 2


@pytest.mark.openai_fake(step_per_poll=False)
def test_marker_options(openai_fake, openai_client):
    f = openai_client.files.create(file=("a.jsonl", b"{}"), purpose="batch")
    b = openai_client.batches.create(input_file_id=f.id, endpoint="/v1/embeddings", completion_window="24h")
    assert openai_client.batches.retrieve(b.id).status == "validating"


async def test_async(async_openai_client):
    result = await async_openai_client.models.retrieve("gpt-4o")
    assert result.id == "gpt-4o"


def test_this_one_fails(openai_client):
    assert openai_client.models.retrieve("gpt-4o").id == "not it"
"""


def _guide_example() -> str:
    """The testing guide's example test file (so the documented example is proven to pass)."""
    guide = Path(__file__).resolve().parents[3] / "docs" / "guides" / "testing.md"
    blocks = guide.read_text(encoding="utf-8").split("```python\n")[1:]
    [block] = [b.split("```")[0] for b in blocks if "def test_summary_survives_rate_limits" in b]
    return block


def test_fixtures_directly(openai_fake: FakeOpenAI, openai_client: OpenAIClient) -> None:
    assert os.environ["OPENAI_BASE_URL"] == openai_fake.url
    assert is_testing()
    assert openai_client.max_retries == 3
    assert openai_client.models.retrieve("gpt-4o").id == "gpt-4o"
    assert len(openai_fake.calls("GET /v1/models/{model}")) == 1


async def test_async_fixture(
    async_openai_client: AsyncOpenAIClient, openai_fake: FakeOpenAI
) -> None:
    page = await async_openai_client.models.list()
    assert page.data and len(openai_fake.calls()) == 1


@pytest.mark.openai_fake(seed=3, api_key="sk-test-marker-key")
def test_marker_reaches_the_fake(openai_fake: FakeOpenAI) -> None:
    assert openai_fake.api_key == "sk-test-marker-key"


def test_a_users_project_gets_the_fixtures_from_the_entry_point(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(textwrap.dedent(USER_TESTS))
    (tmp_path / "test_guide.py").write_text(_guide_example())
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PYTEST_"))}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "1 failed, 8 passed" in done.stdout, done.stdout + done.stderr
    assert "test_this_one_fails" in done.stdout
