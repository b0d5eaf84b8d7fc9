"""The compact spec the fake answers from (``integrations_openai_api/openapi.fake.json``).

Written by code generation from the pinned spec; parsed on first use only (a few
milliseconds), so neither ``import integrations_openai`` nor starting a fake pays for it.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import unquote

__all__ = ["FakeSpec", "SpecOperation", "fake_spec"]

Schema = Any


@dataclass(frozen=True)
class SpecOperation:
    """One operation: where it lives and what it answers with."""

    method: str
    path: str
    operation_id: str
    status: int
    media: str | None
    schema: Schema
    pattern: re.Pattern[str]

    def params(self, path: str) -> dict[str, str] | None:
        """The path parameters when ``path`` is this operation's, else None."""
        match = self.pattern.fullmatch(path)
        return None if match is None else {k: unquote(v) for k, v in match.groupdict().items()}


def compile_template(template: str) -> re.Pattern[str]:
    """``/files/{file_id}`` -> a pattern capturing ``file_id`` (one path segment)."""
    parts = re.split(r"\{([A-Za-z0-9_]+)\}", template)
    pattern = "".join(
        re.escape(part) if index % 2 == 0 else f"(?P<{part}>[^/]+)"
        for index, part in enumerate(parts)
    )
    return re.compile(pattern)


class FakeSpec:
    """Operations and component schemas of the pinned spec."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.schemas: dict[str, Schema] = document["schemas"]
        self.operations = [
            SpecOperation(m, p, o, s, media, schema, compile_template(p))
            for m, p, o, s, media, schema in document["operations"]
        ]
        # Literal templates first: `/responses/compact` before `/responses/{response_id}`.
        self._ordered = sorted(self.operations, key=lambda op: op.path.count("{"))

    def match(self, method: str, path: str) -> tuple[SpecOperation, dict[str, str]] | None:
        """The operation serving ``method path`` (path without ``/v1``) and its parameters."""
        for op in self._ordered:
            if op.method == method:
                params = op.params(path)
                if params is not None:
                    return op, params
        return None

    def by_id(self, operation_id: str) -> SpecOperation:
        """The operation named ``operation_id`` (KeyError when the spec has none)."""
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)

    def resolve(self, node: Schema) -> tuple[Schema, str | None]:
        """Follow ``$ref`` chains; returns the schema and the last component name seen."""
        name = None
        while isinstance(node, dict) and "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            node = self.schemas[name]
        return node, name


@functools.cache
def fake_spec() -> FakeSpec:
    """The spec shipped with the generated package, parsed once per process."""
    text = resources.files("integrations_openai_api").joinpath("openapi.fake.json").read_text()
    return FakeSpec(json.loads(text))
