"""Drop-in proof on a wider corpus: every Python block of the SDK's README and programs in
the style of its ``examples/``, run with ``openai`` and with ``integrations_openai``.

Each program under ``programs/`` is written for the official SDK. It runs twice, each time
against a fresh ``FakeOpenAI`` (same seed, same fake clock, so the same ids and answers):
once as written (the oracle), once with only its import lines switched. Both runs must
print the same thing and send the same requests.
"""

from __future__ import annotations

import base64
import contextlib
import gc
import io
import json
import logging
import os
import socket
import traceback
import warnings
from pathlib import Path

import pytest

from integrations_openai import _module_client
from integrations_openai.testing.fake import FakeOpenAI

from .test_sdk_snippets import as_ours

PROGRAMS = sorted((Path(__file__).parent / "programs").glob("*.py"))
KEY = "sk-compat-0123456789abcdefghijklmnop"
WEBHOOK_SECRET = "whsec_" + base64.b64encode(b"compat-webhook-secret-0123456789").decode()


def _closed_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def _wire(fake: FakeOpenAI) -> list[tuple[str, str, str, object]]:
    """What the server received: JSON bodies as values, multipart bodies only by presence
    (boundaries are random)."""
    seen: list[tuple[str, str, str, object]] = []
    for request in fake.requests:
        kind = request.headers.get("content-type", "")
        body = json.loads(request.body) if "json" in kind and request.body else bool(request.body)
        seen.append((request.method, request.path, request.query, body))
    return seen


def run_program(
    source: str, name: str, tmp: Path
) -> tuple[str, list[tuple[str, str, str, object]]]:
    """Run ``source`` against a fresh fake; its stdout (plus any uncaught error) and wire."""
    out = io.StringIO()
    cwd = os.getcwd()
    with FakeOpenAI(api_key=KEY) as fake, pytest.MonkeyPatch.context() as env:
        for var, value in {
            "OPENAI_API_KEY": KEY,
            "OPENAI_BASE_URL": fake.url,
            "OPENAI_WEBHOOK_SECRET": WEBHOOK_SECRET,
            "COMPAT_TMP": str(tmp),
            "COMPAT_CLOSED_URL": _closed_url(),
        }.items():
            env.setenv(var, value)
        for var in (
            "AZURE_OPENAI_API_KEY",
            "OPENAI_LOG",
            "OPENAI_ORG_ID",
            "OPENAI_PROJECT_ID",
            "OPENAI_API_VERSION",
        ):
            env.setenv(var, "")  # recorded, so a value the program sets is undone too
            env.delenv(var)
        leaks = _Leaks()
        asyncio_log = logging.getLogger("asyncio")
        asyncio_log.addHandler(leaks)
        try:
            with contextlib.redirect_stdout(out), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                exec(compile(source, name, "exec", dont_inherit=True), {"__name__": "__main__"})
        except BaseException:  # the program's own crash is part of what it "printed"
            out.write("UNCAUGHT " + traceback.format_exc().strip().splitlines()[-1] + "\n")
        finally:
            os.chdir(cwd)
            _forget_module_clients()  # a script's process ends; ours goes on to other tests
            gc.collect()  # what a script's exit would report: unclosed sessions, connectors
            asyncio_log.removeHandler(leaks)
        out.writelines(f"LEAK {line}\n" for line in leaks.lines)
        return out.getvalue(), _wire(fake)


def _forget_module_clients() -> None:
    """Close the default client ``import integrations_openai as openai`` built, if any."""
    for _, client in _module_client._built:
        client.close()
    _module_client._built.clear()


class _Leaks(logging.Handler):
    """asyncio's reports of resources left open (a script's stderr at exit)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage().splitlines()[0])


# Programs that differ by design, each listed in the README's "Switching from openai" table:
# the printed lines allowed to differ (indices), the JSON body keys ours may add (or, for a
# path, "*": a body the spec lets us encode differently), and why.
# Every other line and every other byte of the wire must still be identical; and the
# difference must still exist (when it is gone, the entry goes).
NONE: frozenset[int] = frozenset()
KNOWN_DIFFERENCES: dict[str, tuple[range | frozenset[int], frozenset[str], str]] = {
    "ex_raw_and_options": (frozenset({5}), NONE, "max_retries defaults to 3 (the SDK: 2)"),
    "readme_retries_timeouts": (frozenset({2}), NONE, "max_retries defaults to 3 (the SDK: 2)"),
    "ex_azure_resources": (
        frozenset({1}),
        NONE,
        "AzureOpenAI(azure_deployment=...).base_url stays {endpoint}/openai: the deployment "
        "goes on model calls only (files, batches, assistants are not deployment resources)",
    ),
    "ex_errors_connection": (
        frozenset({2}),
        NONE,
        "every error has .status_code (None without a response)",
    ),
    "ex_run_event_handler_full": (
        frozenset({25}),
        NONE,
        "get_final_run_steps: each step as its completed event has it (the SDK: as created)",
    ),
    "ex_client_surface": (frozenset({14}), NONE, "max_retries defaults to 3 (the SDK: 2)"),
    "ex_uploads_chunked": (NONE, frozenset({"md5"}), "chunked uploads send the file's MD5"),
    "ex_async_batches_uploads": (
        NONE,
        frozenset({"md5"}),
        "chunked uploads send the file's MD5",
    ),
    "ex_video_and_images_stream": (
        NONE,
        frozenset({"/v1/videos *"}),
        "videos.create without a file sends JSON (the spec accepts JSON or multipart)",
    ),
    "ex_timeouts_none": (
        frozenset({4}),
        NONE,
        "timeout=None is our default Timeout (there is always a timeout), which client.timeout "
        "reports",
    ),
    "mock_parse_finish_reasons": (
        frozenset({4, 6, 9}),
        NONE,
        "type(x).__name__ of a .parse result is ParsedChatCompletion (the SDK: "
        "ParsedChatCompletion[~ResponseFormatT]); an answer off the model's schema is "
        "ResponseDecodeError (an APIResponseValidationError; the SDK: pydantic's ValidationError)",
    ),
    "client_copy_with_options": (
        frozenset({5}),
        NONE,
        "type(client).__name__ is OpenAIClient (OpenAI is its alias)",
    ),
    "raw_response_types": (
        frozenset({0}),
        NONE,
        "with_raw_response gives a RawResponse (the SDK: LegacyAPIResponse)",
    ),
    "streaming_response_lines": (
        frozenset({1}),
        NONE,
        "with_streaming_response gives a StreamedResponse (APIResponse is its alias)",
    ),
    "parse_message_sent_back": (
        NONE,
        frozenset({"/v1/chat/completions *"}),
        "a parsed message sent back in messages carries the API's fields only (the SDK adds "
        "its helper keys parsed, parsed_arguments and tool_calls: null)",
    ),
    "ex_videos_more": (
        NONE,
        frozenset({"/v1/videos *"}),
        "videos.create without a file sends JSON (the spec accepts JSON or multipart)",
    ),
}


def _kept(text: str, allowed: range | frozenset[int]) -> list[str]:
    return [line for i, line in enumerate(text.splitlines()) if i not in allowed]


def _without(wire: list[tuple[str, str, str, object]], keys: frozenset[str]) -> list[object]:
    out: list[object] = []
    for m, p, q, b in wire:
        if f"{p} *" in keys:
            b = "<either encoding>"
        elif isinstance(b, dict):
            b = {k: v for k, v in b.items() if k not in keys}
        out.append((m, p, q, b))
    return out


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_program_prints_the_same_with_either_import(program: Path, tmp_path: Path) -> None:
    source = program.read_text()
    runs = {}
    for flavour, text in (("openai", source), ("ours", as_ours(source))):
        (tmp_path / flavour).mkdir()
        runs[flavour] = run_program(text, f"{program.name}[{flavour}]", tmp_path / flavour)
    (theirs, their_wire), (ours, our_wire) = runs["openai"], runs["ours"]
    assert "UNCAUGHT" not in theirs, theirs  # the oracle itself runs clean
    assert len(theirs.splitlines()) >= 1
    assert KEY not in ours
    if program.stem in KNOWN_DIFFERENCES:
        lines, keys, _why = KNOWN_DIFFERENCES[program.stem]
        assert "UNCAUGHT" not in ours, ours
        assert _kept(ours, lines) == _kept(theirs, lines)
        assert _without(our_wire, keys) == _without(their_wire, keys)
        still = ours != theirs or our_wire != their_wire
        assert still, "no longer differs: drop it from KNOWN_DIFFERENCES"
    else:
        assert ours == theirs
        assert our_wire == their_wire


def test_known_differences_name_existing_programs() -> None:
    assert set(KNOWN_DIFFERENCES) <= {p.stem for p in PROGRAMS}
