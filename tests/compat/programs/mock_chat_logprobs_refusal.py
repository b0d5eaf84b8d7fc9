"""Unit tests the way users write them: an httpx.MockTransport serving a rich chat answer
(logprobs, annotations, audio, usage details), read deep down."""

import json

import httpx
from openai import OpenAI
from openai.types.chat import ChatCompletion, ChatCompletionMessage
from openai.types.chat.chat_completion import ChoiceLogprobs
from openai.types.completion_usage import CompletionUsage

ANSWER = {
    "id": "chatcmpl-mock1",
    "object": "chat.completion",
    "created": 1700000000,
    "model": "gpt-4o-2024-08-06",
    "system_fingerprint": "fp_mock",
    "service_tier": "default",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {
                "role": "assistant",
                "content": "Paris is the capital.",
                "refusal": None,
                "annotations": [
                    {
                        "type": "url_citation",
                        "url_citation": {
                            "start_index": 0,
                            "end_index": 5,
                            "title": "Paris",
                            "url": "https://example.com/paris",
                        },
                    }
                ],
            },
            "logprobs": {
                "content": [
                    {
                        "token": "Paris",
                        "logprob": -0.01,
                        "bytes": [80, 97, 114, 105, 115],
                        "top_logprobs": [
                            {"token": "Paris", "logprob": -0.01, "bytes": [80, 97, 114, 105, 115]},
                            {"token": "Lyon", "logprob": -4.5, "bytes": None},
                        ],
                    }
                ],
                "refusal": None,
            },
        },
        {
            "index": 1,
            "finish_reason": "content_filter",
            "message": {"role": "assistant", "content": None, "refusal": "I can't help."},
            "logprobs": None,
        },
    ],
    "usage": {
        "prompt_tokens": 12,
        "completion_tokens": 5,
        "total_tokens": 17,
        "prompt_tokens_details": {"cached_tokens": 4, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 2,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 1,
            "rejected_prediction_tokens": 0,
        },
    },
}
sent = []


def handler(request: httpx.Request) -> httpx.Response:
    sent.append((request.method, request.url.path, sorted(json.loads(request.content).items())))
    return httpx.Response(200, json=ANSWER, headers={"x-request-id": "req_mock_1"})


client = OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
completion = client.chat.completions.create(
    model="gpt-4o",
    messages=[{"role": "user", "content": "Capital of France?"}],
    logprobs=True,
    top_logprobs=2,
    n=2,
)
print(sent)
print(type(completion).__name__, isinstance(completion, ChatCompletion))
print(completion._request_id)
first, second = completion.choices
print(isinstance(first.message, ChatCompletionMessage), type(first.logprobs).__name__)
print(isinstance(first.logprobs, ChoiceLogprobs), isinstance(completion.usage, CompletionUsage))
token = first.logprobs.content[0]
print(token.token, token.logprob, token.bytes, bytes(token.bytes).decode())
print([(t.token, t.logprob, t.bytes) for t in token.top_logprobs])
print(first.logprobs.refusal, second.logprobs)
citation = first.message.annotations[0]
print(type(citation).__name__, citation.type, citation.url_citation.url)
print(type(citation.url_citation).__name__, citation.url_citation.model_dump())
print(second.finish_reason, second.message.refusal, second.message.content)
print(second.message.annotations, second.message.tool_calls, second.message.audio)
usage = completion.usage
print(usage.prompt_tokens_details.cached_tokens, usage.completion_tokens_details.reasoning_tokens)
print(type(usage.prompt_tokens_details).__name__, type(usage.completion_tokens_details).__name__)
print(usage.completion_tokens_details.accepted_prediction_tokens)
print(completion.choices[0].model_dump_json(indent=2))
print(json.dumps(completion.to_dict(), indent=2, sort_keys=True))
print(completion.choices[1].to_json())
print(completion.choices[0].message)
print(completion.usage.to_dict(), completion.usage.prompt_tokens_details.to_json(indent=None))
