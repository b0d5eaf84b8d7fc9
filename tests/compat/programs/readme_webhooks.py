"""README blocks: webhooks ``unwrap`` and ``verify_signature`` (the Flask handler's body)."""

import base64
import hashlib
import hmac
import json
import os
import time

from openai import OpenAI

client = OpenAI()  # OPENAI_WEBHOOK_SECRET environment variable is used by default
secret = base64.b64decode(os.environ["OPENAI_WEBHOOK_SECRET"].removeprefix("whsec_"))


def delivery(event_type: str) -> tuple[str, dict[str, str]]:
    body = json.dumps(
        {
            "id": "evt_1",
            "object": "event",
            "created_at": 1767225600,
            "type": event_type,
            "data": {"id": "resp_1"},
        }
    )
    stamp = str(int(time.time()))
    mac = hmac.new(secret, f"msg_1.{stamp}.{body}".encode(), hashlib.sha256).digest()
    headers = {
        "webhook-id": "msg_1",
        "webhook-timestamp": stamp,
        "webhook-signature": "v1," + base64.b64encode(mac).decode(),
    }
    return body, headers


def webhook(request_body: str, headers: dict[str, str]) -> str:
    try:
        event = client.webhooks.unwrap(request_body, headers)

        if event.type == "response.completed":
            print("Response completed:", event.data.id)
        elif event.type == "response.failed":
            print("Response failed:", event.data.id)
        else:
            print("Unhandled event type:", event.type)

        return "ok"
    except Exception as e:
        print("Invalid signature:", type(e).__name__)
        return "Invalid signature"


def verify(request_body: str, headers: dict[str, str]) -> str:
    try:
        client.webhooks.verify_signature(request_body, headers)

        # Parse the body after verification
        event = json.loads(request_body)
        print("Verified event:", event)

        return "ok"
    except Exception as e:
        print("Invalid signature:", type(e).__name__)
        return "Invalid signature"


for kind in ("response.completed", "response.failed", "batch.completed"):
    print(webhook(*delivery(kind)))
body, headers = delivery("response.completed")
print(verify(body, headers))
print(webhook(body.replace("resp_1", "resp_2"), headers))
print(verify(body, {**headers, "webhook-signature": "v1,AAAA"}))
