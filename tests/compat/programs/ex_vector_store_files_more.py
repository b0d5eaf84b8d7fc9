"""Vector store files: attributes, list filters and order, retrieve, update, content, delete."""

from openai import OpenAI

client = OpenAI()
store = client.vector_stores.create(name="handbook", metadata={"team": "docs"})
updated = client.vector_stores.update(store.id, name="handbook-v2", metadata={"team": "ops"})
print(updated.name, updated.metadata, updated.id == store.id)
print(store.id in [s.id for s in client.vector_stores.list(limit=10, order="asc")])

ids = []
for name in ("a.txt", "b.txt"):
    up = client.files.create(file=(name, f"content of {name}".encode()), purpose="assistants")
    vf = client.vector_stores.files.create(
        vector_store_id=store.id, file_id=up.id, attributes={"source": name, "rank": 1}
    )
    ids.append(vf.id)
    print(vf.object, vf.vector_store_id == store.id, vf.usage_bytes >= 0)

for order in ("asc", "desc"):
    page = client.vector_stores.files.list(vector_store_id=store.id, order=order, limit=1)
    print(order, len(page.data), page.has_more, page.data[0].id in ids)
done = client.vector_stores.files.list(vector_store_id=store.id, filter="completed")
print(sorted(f.id for f in done) == sorted(ids) or [f.status for f in done])

one = client.vector_stores.files.retrieve(ids[0], vector_store_id=store.id)
print(one.id == ids[0], one.status, one.attributes.get("source"), dict(one.attributes))
changed = client.vector_stores.files.update(
    ids[0], vector_store_id=store.id, attributes={"source": "a.txt", "rank": 2.5, "ok": True}
)
print(changed.attributes)

for part in client.vector_stores.files.content(ids[0], vector_store_id=store.id):
    print(part.type, type(part.text).__name__)

gone = client.vector_stores.files.delete(ids[1], vector_store_id=store.id)
print(gone.deleted, gone.object, gone.id == ids[1])
print(client.vector_stores.retrieve(store.id).file_counts.to_dict().keys())
