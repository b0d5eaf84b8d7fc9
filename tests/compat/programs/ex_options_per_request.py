"""Per-request options: extra headers, query and body, timeout, retries; with_options."""

from openai import OpenAI

client = OpenAI(default_headers={"x-team": "a"}, default_query={"tenant": "t1"})

completion = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "hello"}],
    extra_headers={"x-trace": "abc"},
    extra_query={"debug": "1"},
    extra_body={"metadata": {"run": "7"}, "store": True},
    timeout=20.0,
)
print(completion.choices[0].message.content)

scoped = client.with_options(timeout=5.0, max_retries=0)
print(scoped.timeout, scoped.max_retries, client.max_retries > 0)
model = scoped.models.retrieve("gpt-4o-mini")
print(model.id)

print(
    client.with_options(max_retries=4)
    .embeddings.create(model="text-embedding-3-small", input="x")
    .model
)
copied = client.copy(default_headers={"x-team": "b"}, default_query={"tenant": "t2"})
print(copied.default_headers["x-team"], copied.default_query)
print(len(copied.models.list().data) > 0)
