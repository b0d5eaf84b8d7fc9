"""Building SDK models by hand: model_validate, model_validate_json, construct, fields."""

import json

from openai.types import FileObject
from openai.types.chat import ChatCompletion, ChatCompletionMessage
from openai.types.responses import Response

payload = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4o-mini",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "logprobs": None,
            "message": {"role": "assistant", "content": "hello", "refusal": None},
        }
    ],
}
completion = ChatCompletion.model_validate(payload)
print(completion.choices[0].message.content, completion.usage)
print(sorted(completion.model_fields_set))
again = ChatCompletion.model_validate_json(json.dumps(payload))
print(again == completion, again.choices[0].finish_reason)
print(completion.to_dict() == payload)

message = ChatCompletionMessage(role="assistant", content="direct", refusal=None)
print(message.content, message.tool_calls, sorted(message.model_fields_set))
print(message.model_dump(exclude_unset=True))

loose = FileObject.construct(id="file-1", object="file", filename="x.txt")
print(loose.id, loose.filename, sorted(loose.model_fields_set))
built = FileObject.model_construct(
    id="file-2",
    bytes=3,
    created_at=0,
    filename="y",
    object="file",
    purpose="batch",
    status="processed",
)
print(built.bytes, built.purpose, built.status)

extra = FileObject.model_validate(
    {
        "id": "file-3",
        "bytes": 1,
        "created_at": 0,
        "filename": "z",
        "object": "file",
        "purpose": "batch",
        "status": "processed",
        "brand_new": {"x": 1},
    }
)
print(extra.model_extra, getattr(extra, "brand_new", None))
print(extra.to_dict()["brand_new"])

response = Response.model_validate(
    {
        "id": "resp_1",
        "object": "response",
        "created_at": 0,
        "model": "gpt-4o-mini",
        "output": [
            {
                "type": "message",
                "id": "msg_1",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": "hi there", "annotations": []}],
            }
        ],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
    }
)
print(response.output_text, response.output[0].type, response.output[0].content[0].text)
