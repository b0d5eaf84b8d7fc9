"""Realtime REST helpers: client secrets for a browser session."""

from openai import OpenAI

client = OpenAI()
secret = client.realtime.client_secrets.create(
    session={"type": "realtime", "model": "gpt-realtime", "instructions": "Be brief."},
    expires_after={"anchor": "created_at", "seconds": 600},
)
print(type(secret.value).__name__, secret.expires_at is not None)
print(secret.session.type if secret.session else None)
raw = client.realtime.client_secrets.with_raw_response.create(session={"type": "transcription"})
print(raw.status_code, raw.headers.get("content-type", "").split(";")[0])
