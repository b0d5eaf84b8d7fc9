"""Vector store files: attributes update, parsed content, search results' text."""

from openai import OpenAI

client = OpenAI()
store = client.vector_stores.create(name="kb")
uploaded = client.files.create(file=("guide.md", b"# Guide\nUse the API."), purpose="assistants")
attached = client.vector_stores.files.create_and_poll(
    file_id=uploaded.id, vector_store_id=store.id, attributes={"lang": "en"}, poll_interval_ms=1
)
print(attached.status, attached.attributes)
updated = client.vector_stores.files.update(
    uploaded.id, vector_store_id=store.id, attributes={"lang": "fr", "rev": 2}
)
print(updated.attributes)
parts = list(client.vector_stores.files.content(uploaded.id, vector_store_id=store.id))
print([p.type for p in parts][:1])
results = client.vector_stores.search(store.id, query="API", max_num_results=3)
for hit in results:
    print(hit.filename, hit.score >= 0, [c.type for c in hit.content][:1])
