"""Pass `webhook_union`: the spec's `webhooks:` become one discriminated root union."""

from __future__ import annotations

from typing import Any

from .._model import Changes, Context, Pass

UNION = "WebhookEvent"
"""The component added: every webhook payload, discriminated by `type`."""
_KEY = "type"


def _payload_refs(spec: dict[str, Any]) -> list[str]:
    refs: list[str] = []
    for item in (spec.get("webhooks") or {}).values():
        if not isinstance(item, dict):
            continue
        for op in item.values():
            if not isinstance(op, dict):
                continue
            content = (op.get("requestBody") or {}).get("content") or {}
            schema = (content.get("application/json") or {}).get("schema") or {}
            ref = schema.get("$ref") if isinstance(schema, dict) else None
            if isinstance(ref, str) and ref not in refs:
                refs.append(ref)
    return refs


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Add a `WebhookEvent` component: `oneOf` every webhook payload, discriminated by `type`.

    Construct: the top-level `webhooks:` map (OpenAPI 3.1) names one `POST` per event whose
    request body is a component (`batch_completed` -> `WebhookBatchCompleted`...), but no
    schema says "any webhook payload".
    Failure: the generator ignores `webhooks:`; the payload models exist (as plain
    components) but nothing parses a delivery whose type is only known at run time, so
    `client.webhooks.unwrap` would need a hand-written table of event classes, stale at the
    next spec bump.
    Fix: a component `WebhookEvent = oneOf[$ref...]` with `discriminator: type`, in the
    order of `webhooks:`; the dispatch emitter then writes `parse_webhook_event` (an unknown
    `type` parses as `UnknownVariant`, never an error) and the `WebhookEvent` alias. A
    payload without a component `$ref` (none in the pinned spec) is left out. An existing
    `WebhookEvent` component is never overwritten.
    Precision lost: none; the per-event operation names (`batch_completed`) stay in the spec
    only.
    """
    changes = Changes()
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    refs = _payload_refs(spec)
    if not refs or UNION in schemas:
        return changes
    schemas[UNION] = {
        "description": "Any webhook payload OpenAI sends, discriminated by `type`.",
        "oneOf": [{"$ref": ref} for ref in refs],
        "discriminator": {"propertyName": _KEY},
    }
    changes.add("webhook union", f"#/components/schemas/{UNION} ({len(refs)} events)")
    return changes


PASS = Pass("webhook_union", run)
