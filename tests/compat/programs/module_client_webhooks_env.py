"""Module-level settings from the environment: organization, project, webhooks."""

import base64
import hashlib
import hmac
import json
import os
import time

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
openai.base_url = os.environ["OPENAI_BASE_URL"] + "/"
os.environ["OPENAI_ORG_ID"] = "org-env"
os.environ["OPENAI_PROJECT_ID"] = "proj-env"
print(openai.models.retrieve("gpt-4o-mini").id)
client = openai.OpenAI()
print(client.organization, client.project)
print(
    client.default_headers.get("OpenAI-Organization"), client.default_headers.get("OpenAI-Project")
)

secret = base64.b64decode(os.environ["OPENAI_WEBHOOK_SECRET"].removeprefix("whsec_"))
body = json.dumps(
    {
        "id": "evt_1",
        "object": "event",
        "created_at": 1,
        "type": "batch.completed",
        "data": {"id": "b"},
    }
)
stamp = str(int(time.time()))
mac = hmac.new(secret, f"msg_1.{stamp}.{body}".encode(), hashlib.sha256).digest()
headers = {
    "webhook-id": "msg_1",
    "webhook-timestamp": stamp,
    "webhook-signature": "v1," + base64.b64encode(mac).decode(),
}
event = openai.webhooks.unwrap(body, headers)
print(event.type, event.data.id)
openai.api_key = None
openai.base_url = None
