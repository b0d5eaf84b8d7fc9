"""Types imported from the SDK's per-type modules, as test doubles and type checks use them."""

from openai import OpenAI
from openai.types.chat.chat_completion import ChatCompletion, Choice
from openai.types.chat.chat_completion_chunk import ChatCompletionChunk, ChoiceDelta
from openai.types.chat.chat_completion_message import ChatCompletionMessage
from openai.types.completion_usage import CompletionUsage
from openai.types.create_embedding_response import CreateEmbeddingResponse, Usage
from openai.types.file_object import FileObject
from openai.types.responses.response import Response
from openai.types.responses.response_output_message import ResponseOutputMessage

client = OpenAI()
completion = client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
)
print(isinstance(completion, ChatCompletion), isinstance(completion.choices[0], Choice))
print(isinstance(completion.choices[0].message, ChatCompletionMessage))
print(isinstance(completion.usage, CompletionUsage))

for chunk in client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}], stream=True
):
    assert isinstance(chunk, ChatCompletionChunk)
    if chunk.choices:
        print(isinstance(chunk.choices[0].delta, ChoiceDelta))
        break

emb = client.embeddings.create(model="text-embedding-3-small", input="x")
print(isinstance(emb, CreateEmbeddingResponse), isinstance(emb.usage, Usage))
file = client.files.create(file=("a.jsonl", b"{}\n"), purpose="batch")
print(isinstance(file, FileObject))
response = client.responses.create(model="gpt-4o-mini", input="hi")
print(isinstance(response, Response), isinstance(response.output[0], ResponseOutputMessage))

fake = ChatCompletion.model_validate(
    {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": "gpt-4o-mini",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "logprobs": None,
                "message": {"role": "assistant", "content": "canned", "refusal": None},
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
    }
)
print(fake.choices[0].message.content, fake.usage.total_tokens)
choice = Choice.model_validate(fake.choices[0].model_dump())
print(choice.finish_reason, choice.message.content, isinstance(choice, Choice))
