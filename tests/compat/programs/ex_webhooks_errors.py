"""Webhooks: unwrap typed events; wrong signature, stale timestamp, missing headers."""

import base64
import hashlib
import hmac
import json
import os
import time

import openai
from openai import OpenAI

client = OpenAI()
secret = base64.b64decode(os.environ["OPENAI_WEBHOOK_SECRET"].removeprefix("whsec_"))


def sign(body: str, stamp: int) -> dict[str, str]:
    mac = hmac.new(secret, f"msg_9.{stamp}.{body}".encode(), hashlib.sha256).digest()
    return {
        "webhook-id": "msg_9",
        "webhook-timestamp": str(stamp),
        "webhook-signature": "v1," + base64.b64encode(mac).decode(),
    }


for kind in ("batch.completed", "fine_tuning.job.succeeded", "eval.run.failed"):
    body = json.dumps(
        {"id": "evt_9", "object": "event", "created_at": 1, "type": kind, "data": {"id": "x_1"}}
    )
    event = client.webhooks.unwrap(body, sign(body, int(time.time())))
    print(event.type, event.data.id, type(event.created_at).__name__)

body = json.dumps({"id": "evt_9", "type": "batch.failed", "data": {"id": "b"}})
bad = sign(body, int(time.time()))
bad["webhook-signature"] = "v1," + base64.b64encode(b"0" * 32).decode()
for headers in (bad, sign(body, int(time.time()) - 3600), {}):
    try:
        client.webhooks.verify_signature(body, headers)
        print("verified")
    except openai.InvalidWebhookSignatureError as e:
        print("invalid signature")
    except ValueError as e:
        print("ValueError")
try:
    client.webhooks.unwrap(
        body,
        sign(body, int(time.time())),
        secret="whsec_" + base64.b64encode(b"other-secret-0123456789abcdef").decode(),
    )
except openai.InvalidWebhookSignatureError:
    print("other secret rejected")
