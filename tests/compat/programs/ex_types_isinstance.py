"""isinstance checks on results against the SDK's public types."""

from openai import OpenAI
from openai.types import (
    Batch,
    CreateEmbeddingResponse,
    Embedding,
    FileDeleted,
    FileObject,
    Model,
    ModerationCreateResponse,
)
from openai.types.chat import ChatCompletion, ChatCompletionMessage
from openai.types.chat.chat_completion import Choice
from openai.types.completion_usage import CompletionUsage
from openai.types.responses import Response, ResponseOutputMessage, ResponseOutputText

client = OpenAI()
chat = client.chat.completions.create(
    model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
)
print(isinstance(chat, ChatCompletion), isinstance(chat.choices[0], Choice))
print(isinstance(chat.choices[0].message, ChatCompletionMessage))
print(isinstance(chat.usage, CompletionUsage))

emb = client.embeddings.create(model="text-embedding-3-small", input=["a", "b"])
print(isinstance(emb, CreateEmbeddingResponse), all(isinstance(e, Embedding) for e in emb.data))

file = client.files.create(file=("a.jsonl", b"{}\n"), purpose="batch")
print(isinstance(file, FileObject), isinstance(client.files.delete(file.id), FileDeleted))
print(isinstance(client.models.retrieve("gpt-4o-mini"), Model))
print(isinstance(client.moderations.create(input="ok"), ModerationCreateResponse))

source = client.files.create(file=("b.jsonl", b"{}\n"), purpose="batch")
batch = client.batches.create(
    input_file_id=source.id, endpoint="/v1/embeddings", completion_window="24h"
)
print(isinstance(batch, Batch))

response = client.responses.create(model="gpt-4o-mini", input="hi")
print(isinstance(response, Response))
first = response.output[0]
print(isinstance(first, ResponseOutputMessage))
if isinstance(first, ResponseOutputMessage):
    print([isinstance(part, ResponseOutputText) for part in first.content])
