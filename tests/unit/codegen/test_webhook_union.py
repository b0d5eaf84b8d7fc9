"""Pass `webhook_union`: the spec's `webhooks:` become one discriminated `WebhookEvent`."""

from __future__ import annotations

from typing import Any

from scripts.codegen.normalize import PASSES, Context
from scripts.codegen.normalize.passes import webhook_union


def _hook(name: str) -> dict[str, Any]:
    schema = {"$ref": f"#/components/schemas/{name}"}
    return {"post": {"requestBody": {"content": {"application/json": {"schema": schema}}}}}


def _spec(webhooks: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"paths": {}, "webhooks": webhooks, "components": {"schemas": schemas or {}}}


def test_union_of_every_payload_in_order() -> None:
    spec = _spec(
        {
            "b_done": _hook("HookB"),
            "a_done": _hook("HookA"),
            "again": _hook("HookB"),  # one member per component
            "inline": {"post": {"requestBody": {"content": {"application/json": {"schema": {}}}}}},
            "odd": "not an item",
        }
    )
    changes = webhook_union.run(spec, Context())
    union = spec["components"]["schemas"]["WebhookEvent"]
    assert union["oneOf"] == [
        {"$ref": "#/components/schemas/HookB"},
        {"$ref": "#/components/schemas/HookA"},
    ]
    assert union["discriminator"] == {"propertyName": "type"}
    assert changes.total == 1


def test_no_webhooks_or_existing_component_left_alone() -> None:
    empty = _spec({})
    assert webhook_union.run(empty, Context()).total == 0
    assert "WebhookEvent" not in empty["components"]["schemas"]
    taken = _spec({"x": _hook("HookA")}, {"WebhookEvent": {"type": "string"}})
    assert webhook_union.run(taken, Context()).total == 0
    assert taken["components"]["schemas"]["WebhookEvent"] == {"type": "string"}


def test_registered_and_documented() -> None:
    assert webhook_union.PASS in PASSES
    for word in ("Construct", "Failure", "Fix", "Precision lost"):
        assert word in webhook_union.PASS.doc


def test_generated_parser_dispatches_every_webhook() -> None:
    from integrations_openai_api.unions import UNIONS, parse_webhook_event

    table = UNIONS["WebhookEvent"]
    assert table is not None
    event = parse_webhook_event({"type": "batch.failed", "id": "e", "data": {"id": "b"}})
    assert type(event).__qualname__ == "WebhookBatchFailed"
