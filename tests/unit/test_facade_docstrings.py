"""Generated methods carry the spec's words: ``help()`` describes every keyword.

The facade generator (scripts/codegen/facade/docstring.py, spec_docs.py) renders Google-style
docstrings: the operation's description, one ``Args:`` entry per keyword, ``Returns:``.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

import pytest

from integrations_openai import AsyncOpenAIClient, OpenAIClient
from scripts.codegen.facade import docstring
from scripts.codegen.facade.spec_docs import body_field_docs, parameter_docs

_ENTRY = re.compile(r"^    (\w+): (\S.*)$")


def _args(doc: str) -> dict[str, str]:
    """``Args:`` entries of a Google-style docstring: name -> its first line of text."""
    section = doc.split("\nArgs:\n", 1)[1].split("\nReturns:\n", 1)[0]
    found: dict[str, str] = {}
    for line in section.splitlines():
        assert not line or line.startswith("    "), line  # the section ends at a dedent
        match = _ENTRY.match(line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def _clients() -> list[Any]:
    return [OpenAIClient(api_key="sk-docs-test"), AsyncOpenAIClient(api_key="sk-docs-test")]


METHODS: list[Callable[[Any], Any]] = [
    lambda c: c.chat.completions.create,
    lambda c: c.responses.create,
    lambda c: c.files.create,
    lambda c: c.embeddings.create,
]


@pytest.mark.parametrize("client", _clients(), ids=["sync", "async"])
@pytest.mark.parametrize("pick", METHODS, ids=["chat", "responses", "files", "embeddings"])
def test_help_names_and_describes_every_keyword(client: Any, pick: Callable[[Any], Any]) -> None:
    method = pick(client)
    doc = inspect.getdoc(method)
    assert doc is not None
    keywords = [n for n in inspect.signature(method).parameters if n != "self"]
    entries = _args(doc)
    assert sorted(entries) == sorted(keywords)
    assert all(len(text) > 10 for text in entries.values()), entries
    assert "\nReturns:\n    " in doc
    assert "](/" not in doc  # the API site's links are absolute


def test_help_shows_the_spec_description_of_a_parameter() -> None:
    doc = inspect.getdoc(OpenAIClient(api_key="sk-docs-test").embeddings.create) or ""
    assert "Input text to embed" in _args(doc)["input"]
    assert "`POST /embeddings`" in doc


def test_site_links_become_absolute_and_others_stay() -> None:
    text = "See [a](/docs/guides/x?y=1#z), [b](https://example.com/p) and /plain."
    assert docstring.absolute_links(text) == (
        "See [a](https://platform.openai.com/docs/guides/x?y=1#z), "
        "[b](https://example.com/p) and /plain."
    )


def test_clean_keeps_the_docstring_closed() -> None:
    assert docstring.clean('a """b""" \\d') == "a '''b''' \\\\d"


def test_render_wraps_args_and_keeps_lists() -> None:
    body = docstring.render(
        "Do it.",
        "Longer words.\n\n- one\n- two",
        "`GET /x`",
        [docstring.ArgDoc("size", "word " * 40)],
        "`X`.",
    )
    lines = body.splitlines()
    assert lines[0] == "Do it."
    assert "        - one" in lines and "        - two" in lines
    assert "        Args:" in lines
    entry = lines.index("        Args:") + 1
    assert lines[entry].startswith("            size: word")
    assert lines[entry + 1].startswith("                word")
    assert max(len(line) for line in lines) <= 100
    assert lines[-3:] == ["        Returns:", "            `X`.", "        "]


SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Base": {"properties": {"model": {"$ref": "#/components/schemas/Model"}}},
            "Model": {"type": "string", "description": "The model."},
            "Req": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {
                        "properties": {
                            "n": {
                                "anyOf": [
                                    {"type": "integer", "description": "How many."},
                                    {"type": "null"},
                                ]
                            },
                            "bare": {"type": "string"},
                        }
                    },
                ]
            },
        },
        "parameters": {"Id": {"name": "id", "in": "path", "description": "The id."}},
    }
}


def test_body_docs_follow_refs_allof_and_nullable_unions() -> None:
    op = {
        "requestBody": {
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Req"}}}
        }
    }
    assert body_field_docs(SPEC, op) == {"model": "The model.", "n": "How many."}


def test_parameter_docs_resolve_refs() -> None:
    op = {
        "parameters": [
            {"$ref": "#/components/parameters/Id"},
            {"name": "after", "in": "query", "schema": {"description": "A cursor."}},
        ]
    }
    assert parameter_docs(SPEC, op) == {("path", "id"): "The id.", ("query", "after"): "A cursor."}


def test_sibling_reference_links_become_absolute() -> None:
    assert docstring.absolute_links("an [admin API key](../admin-api-keys).") == (
        "an [admin API key](https://platform.openai.com/docs/api-reference/admin-api-keys)."
    )
