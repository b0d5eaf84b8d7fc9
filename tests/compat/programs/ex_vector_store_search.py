"""Vector stores: search returns a page of results."""

from openai import OpenAI

client = OpenAI()
store = client.vector_stores.create(name="kb")
doc = client.files.create(file=("cats.txt", b"Cats sleep a lot."), purpose="assistants")
client.vector_stores.files.create_and_poll(vector_store_id=store.id, file_id=doc.id)

results = client.vector_stores.search(vector_store_id=store.id, query="cats", max_num_results=3)
print(len(results.data), results.has_next_page())
for result in results:
    print(result.file_id is not None, result.score >= 0, [part.type for part in result.content])

raw = client.vector_stores.with_raw_response.search(
    vector_store_id=store.id, query=["cats", "sleep"], rewrite_query=True
)
print(raw.status_code, len(raw.parse().data))
print(client.vector_stores.delete(store.id).deleted)
