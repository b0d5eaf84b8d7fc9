"""Webhooks: verify and parse a delivery, then branch on `event.type`."""

from __future__ import annotations

from collections.abc import Mapping

from openai import OpenAI
from openai.types.webhooks import (
    BatchCompletedWebhookEvent,
    ResponseCompletedWebhookEvent,
    UnwrapWebhookEvent,
)

client = OpenAI(webhook_secret="whsec_test")


def on_response(event: ResponseCompletedWebhookEvent) -> str:
    response = client.responses.retrieve(event.data.id)
    return response.output_text


def on_batch(event: BatchCompletedWebhookEvent) -> str:
    return client.batches.retrieve(event.data.id).status


def handle(body: bytes, headers: Mapping[str, str]) -> str:
    event: UnwrapWebhookEvent = client.webhooks.unwrap(body, headers)
    if event.type == "response.completed":
        return on_response(event)
    if event.type == "batch.completed":
        return on_batch(event)
    if event.type == "fine_tuning.job.failed":
        return f"job {event.data.id} failed at {event.created_at}"
    if event.type == "eval.run.succeeded":
        return f"eval run {event.data.id}"
    return event.type


def verified(body: str, headers: dict[str, str]) -> bool:
    try:
        client.webhooks.verify_signature(body, headers, secret="whsec_other")
    except Exception:
        return False
    return True
