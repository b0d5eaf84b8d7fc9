"""Drop-in proof: the SDK's README snippets, run with ``openai`` and with ``integrations_openai``.

Each snippet under ``snippets/`` is written for the official SDK (``import openai``,
``from openai import OpenAI``). It runs twice against the same canned server
(``tests/support/canned.py``, fresh state each time): once as written, once with only its
import lines changed to ``integrations_openai``, as a team switching would do. Both runs
must print the same lines and send the same requests (method, path, query, JSON body).
"""

from __future__ import annotations

import contextlib
import io
import re
import socket
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.canned import CannedOpenAI, wire_view

SNIPPETS = sorted((Path(__file__).parent / "snippets").glob("*.py"))
KEY = "sk-compat-0123456789abcdefghijklmnop"


def as_ours(source: str) -> str:
    """The snippet with its imports switched, and nothing else changed."""
    source = re.sub(r"^from openai import ", "from integrations_openai import ", source, flags=re.M)
    # `from openai.types.chat import X`: a team switching rewrites these lines too
    source = re.sub(r"^from openai\.", "from integrations_openai.", source, flags=re.M)
    return re.sub(r"^import openai$", "import integrations_openai as openai", source, flags=re.M)


@pytest.fixture(scope="module")
def api() -> Iterator[CannedOpenAI]:
    with CannedOpenAI() as server:
        yield server


@pytest.fixture
def closed_url() -> str:
    """A loopback URL where nothing listens (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def _run(source: str, name: str) -> str:
    out = io.StringIO()
    code = compile(source, name, "exec")
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the SDK's stream_to_file notice
        exec(code, {"__name__": "__main__"})
    return out.getvalue()


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda p: p.stem)
def test_snippet_prints_the_same_with_either_import(
    snippet: Path,
    api: CannedOpenAI,
    closed_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", api.url)
    monkeypatch.setenv("COMPAT_CLOSED_URL", closed_url)
    source = snippet.read_text()
    outputs, wires = [], []
    for flavour, text in (("openai", source), ("ours", as_ours(source))):
        run_dir = tmp_path / flavour
        run_dir.mkdir()
        monkeypatch.setenv("COMPAT_TMP", str(run_dir))
        api.reset()
        outputs.append(_run(text, f"{snippet.name}[{flavour}]"))
        wires.append([wire_view(r) for r in api.server.requests])
    theirs, ours = outputs
    assert len(theirs.splitlines()) >= 2, theirs  # the snippet really did something
    assert KEY not in ours
    assert ours == theirs
    assert wires[1] == wires[0]


def test_the_import_switch_changes_only_imports() -> None:
    source = "import openai\nfrom openai import OpenAI\nx = 'import openai'\nopenai.X\n"
    assert as_ours(source) == (
        "import integrations_openai as openai\nfrom integrations_openai import OpenAI\n"
        "x = 'import openai'\nopenai.X\n"
    )
