"""The `site_links` normalizer pass over a small spec fragment."""

from __future__ import annotations

from typing import Any

from scripts.codegen.normalize import PASSES, Context
from scripts.codegen.normalize.passes.site_links import PASS as SITE_LINKS


def fragment() -> dict[str, Any]:
    return {
        "paths": {
            "/things": {
                "post": {
                    "summary": "See [guide](/docs/guides/things).",
                    "description": "Needs an [admin key](../admin-api-keys).",
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": "Kept: [site](https://example.com/x) and /plain/path.",
                    "properties": {
                        # a property named like the keyword: a schema, walked into
                        "description": {"type": "string", "description": "[a](/docs/a)"},
                    },
                }
            }
        },
    }


def test_relative_links_in_prose_become_absolute() -> None:
    spec = fragment()
    changes = SITE_LINKS.run(spec, Context())
    op = spec["paths"]["/things"]["post"]
    assert op["summary"] == "See [guide](https://platform.openai.com/docs/guides/things)."
    assert op["description"] == (
        "Needs an [admin key](https://platform.openai.com/docs/api-reference/admin-api-keys)."
    )
    thing = spec["components"]["schemas"]["Thing"]
    assert thing["description"] == "Kept: [site](https://example.com/x) and /plain/path."
    assert thing["properties"]["description"] == {
        "type": "string",
        "description": "[a](https://platform.openai.com/docs/a)",
    }
    assert changes.total == 3
    site = "#/components/schemas/Thing/properties/description/description"
    assert f"description links made absolute: {site}" in changes.sites


def test_the_pass_runs_early_and_is_idempotent() -> None:
    assert [p.name for p in PASSES][:2] == ["drop_noise", "site_links"]
    spec = fragment()
    SITE_LINKS.run(spec, Context())
    assert SITE_LINKS.run(spec, Context()).total == 0
