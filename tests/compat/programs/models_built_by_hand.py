"""Test code builds SDK objects by hand (fixtures, mocks): constructors, nested dicts,
model_validate, construct, equality and dumps."""

from openai.types import CreateEmbeddingResponse, Embedding
from openai.types.chat import ChatCompletion, ChatCompletionMessage, ChatCompletionMessageToolCall
from openai.types.chat.chat_completion import Choice
from openai.types.chat.chat_completion_message_tool_call import Function
from openai.types.completion_usage import CompletionUsage

message = ChatCompletionMessage(role="assistant", content="Hello!")
choice = Choice(index=0, finish_reason="stop", message=message)
completion = ChatCompletion(
    id="chatcmpl-fixture",
    choices=[choice],
    created=1700000000,
    model="gpt-4o-mini",
    object="chat.completion",
    usage=CompletionUsage(prompt_tokens=1, completion_tokens=2, total_tokens=3),
)
print(completion.choices[0].message.content, completion.usage.total_tokens)
print(completion.model_dump(exclude_unset=True))
print(completion.to_dict())
print(message.model_dump(exclude_none=True), message.tool_calls, message.refusal)
call = ChatCompletionMessageToolCall(
    id="call_1", type="function", function=Function(name="f", arguments='{"a": 1}')
)
with_call = ChatCompletionMessage(role="assistant", content=None, tool_calls=[call])
print(with_call.tool_calls[0].function.name, with_call.to_dict())
from_dict = ChatCompletion.model_validate(
    {
        "id": "x",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}
        ],
    }
)
print(type(from_dict.choices[0].message).__name__, from_dict.choices[0].message.content)
print(from_dict == ChatCompletion.model_validate(from_dict.model_dump()), from_dict != completion)
print(from_dict.model_copy(update={"id": "y"}).id, from_dict.id)
loose = ChatCompletion.construct(id="partial", choices=[])
print(loose.id, loose.choices, loose.model_fields_set)
emb = CreateEmbeddingResponse(
    data=[Embedding(embedding=[0.1, 0.2], index=0, object="embedding")],
    model="text-embedding-3-small",
    object="list",
    usage={"prompt_tokens": 1, "total_tokens": 1},
)
print(emb.data[0].embedding, type(emb.usage).__name__, emb.usage.prompt_tokens)
print(emb.model_dump_json())
nested = ChatCompletion(
    id="chatcmpl-dicts",
    created=1,
    model="m",
    object="chat.completion",
    choices=[
        {
            "index": 0,
            "finish_reason": "tool_calls",
            "message": {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_9",
                        "type": "function",
                        "function": {"name": "g", "arguments": "{}"},
                    }
                ],
            },
        },
        choice,
    ],
)
first = nested.choices[0]
print(type(first).__name__, type(first.message).__name__, first.message.tool_calls[0].function.name)
print(type(nested.choices[1]).__name__, nested.choices[1].message.content)
print(
    nested.to_dict()["choices"][0]["message"]["tool_calls"][0]["id"],
    nested.model_fields_set == {"id", "created", "model", "object", "choices"},
)
