"""Files: upload from bytes, look it up, download its content, delete it."""

from integrations_openai import OpenAIClient

LINE = b'{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}\n'

with OpenAIClient() as client:
    uploaded = client.files.create(file=("demo.jsonl", LINE * 10), purpose="fine-tune")
    print(f"uploaded {uploaded.filename!r} as {uploaded.id} ({uploaded.bytes} bytes)")
    print("retrieved:", client.files.retrieve(uploaded.id).id)
    content = client.files.content(uploaded.id)
    print(f"downloaded {len(content)} bytes")
    print("deleted:", client.files.delete(uploaded.id).deleted)
