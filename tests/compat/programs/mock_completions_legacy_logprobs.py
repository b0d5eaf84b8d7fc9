"""Legacy completions with logprobs and echo, read from a mocked answer."""

import httpx
from openai import OpenAI
from openai.types import Completion, CompletionChoice

ANSWER = {
    "id": "cmpl-1",
    "object": "text_completion",
    "created": 1,
    "model": "gpt-3.5-turbo-instruct",
    "system_fingerprint": None,
    "choices": [
        {
            "index": 0,
            "text": " world",
            "finish_reason": "length",
            "logprobs": {
                "tokens": [" world"],
                "token_logprobs": [-0.3],
                "text_offset": [5],
                "top_logprobs": [{" world": -0.3, " there": -1.7}],
            },
        }
    ],
    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
}


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=ANSWER)


client = OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
completion = client.completions.create(
    model="gpt-3.5-turbo-instruct", prompt="Hello", max_tokens=1, logprobs=2
)
print(isinstance(completion, Completion), isinstance(completion.choices[0], CompletionChoice))
choice = completion.choices[0]
print(choice.text, choice.finish_reason, type(choice.logprobs).__name__)
print(choice.logprobs.tokens, choice.logprobs.token_logprobs, choice.logprobs.text_offset)
print(choice.logprobs.top_logprobs, choice.logprobs.top_logprobs[0][" there"])
print(completion.system_fingerprint, completion.usage.total_tokens)
print(completion.model_dump_json(indent=2, exclude_unset=True))
print(completion)
