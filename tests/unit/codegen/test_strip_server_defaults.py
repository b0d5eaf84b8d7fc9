"""The `strip_server_defaults` normalizer pass over a small spec fragment."""

from __future__ import annotations

from typing import Any

from scripts.codegen.normalize import PASSES, Context
from scripts.codegen.normalize.passes.strip_server_defaults import PASS as STRIP_SERVER_DEFAULTS


def fragment() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {
            "/things": {
                "get": {
                    "parameters": [
                        {
                            "name": "limit",
                            "in": "query",
                            "schema": {"type": "integer", "default": 20},
                        }
                    ]
                }
            }
        },
        "components": {
            "schemas": {
                "Speech": {
                    "type": "object",
                    "properties": {
                        "speed": {"type": "number", "default": 1.0, "description": "How fast."},
                        "type": {"type": "string", "const": "speech", "default": "speech"},
                        "role": {"type": "string", "enum": ["user"], "default": "user"},
                        "sizes": {"type": "array", "items": {"type": "string"}, "default": ["a"]},
                    },
                }
            }
        },
    }


def test_non_const_defaults_move_to_the_description() -> None:
    spec = fragment()
    changes = STRIP_SERVER_DEFAULTS.run(spec, Context())
    props = spec["components"]["schemas"]["Speech"]["properties"]
    assert "default" not in props["speed"]
    assert props["speed"]["description"] == "How fast.\n\nServer default: `1.0`."
    assert "default" not in props["sizes"]
    assert props["type"]["default"] == "speech"  # consts are still sent
    assert props["role"]["default"] == "user"
    limit = spec["paths"]["/things"]["get"]["parameters"][0]["schema"]
    assert "default" not in limit
    assert changes.total == 3


def test_pass_is_registered_last_and_idempotent() -> None:
    assert PASSES[-1] is STRIP_SERVER_DEFAULTS
    spec = fragment()
    STRIP_SERVER_DEFAULTS.run(spec, Context())
    assert STRIP_SERVER_DEFAULTS.run(spec, Context()).total == 0
