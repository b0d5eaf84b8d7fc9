"""Files: upload from bytes, look it up, download its content, delete it."""

from integrations_openai import OpenAIClient

LINE = b'{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}\n'

with OpenAIClient() as client:
    uploaded = client.files.create(file=("demo.jsonl", LINE * 10), purpose="fine-tune")
    print(f"uploaded {uploaded.filename!r} as {uploaded.id}: {uploaded.bytes} bytes")
    found = client.files.retrieve(uploaded.id)
    print(f"retrieved {found.id}: purpose {found.purpose}, status {found.status}")
    content = client.files.content(uploaded.id)
    print(f"downloaded {len(content)} bytes, same as sent: {content == LINE * 10}")
    print(f"deleted: {client.files.delete(uploaded.id).deleted}")
