"""Chat with audio output (modalities), read from a mocked answer: message.audio fields and
the wire of the request."""

import base64
import json

import httpx
from openai import OpenAI
from openai.types.chat import ChatCompletionAudio

sent = []
ANSWER = {
    "id": "chatcmpl-audio",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o-audio-preview",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "logprobs": None,
            "message": {
                "role": "assistant",
                "content": None,
                "refusal": None,
                "audio": {
                    "id": "audio_1",
                    "data": base64.b64encode(b"RIFFfake").decode(),
                    "expires_at": 1700003600,
                    "transcript": "Hello there",
                },
            },
        }
    ],
}


def handler(request: httpx.Request) -> httpx.Response:
    sent.append(json.loads(request.content))
    return httpx.Response(200, json=ANSWER)


client = OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
completion = client.chat.completions.create(
    model="gpt-4o-audio-preview",
    modalities=["text", "audio"],
    audio={"voice": "alloy", "format": "wav"},
    messages=[{"role": "user", "content": "Say hello"}],
)
print(sorted(sent[0]), sent[0]["audio"], sent[0]["modalities"])
audio = completion.choices[0].message.audio
print(type(audio).__name__, isinstance(audio, ChatCompletionAudio), audio.id, audio.transcript)
print(base64.b64decode(audio.data), audio.expires_at)
print(completion.choices[0].message.content, audio.model_dump())
follow = client.chat.completions.create(
    model="gpt-4o-audio-preview",
    modalities=["text"],
    messages=[
        {"role": "user", "content": "Say hello"},
        {"role": "assistant", "audio": {"id": audio.id}},
        {"role": "user", "content": "Again"},
    ],
)
print(sent[1]["messages"][1], follow.id)
