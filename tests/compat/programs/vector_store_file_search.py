"""Vector store search as RAG code uses it: upload, attach, search, read scores and text;
then the Responses file_search tool."""

from openai import OpenAI

client = OpenAI()
store = client.vector_stores.create(name="docs", metadata={"team": "a"})
uploaded = client.vector_stores.files.upload_and_poll(
    vector_store_id=store.id,
    file=("guide.txt", b"The capital of France is Paris. Oslo is in Norway."),
)
print(uploaded.status, uploaded.object, uploaded.vector_store_id == store.id)
results = client.vector_stores.search(
    vector_store_id=store.id, query="capital of France", max_num_results=3
)
for result in results:
    print(
        type(result).__name__, result.filename, type(result.score).__name__, 0 <= result.score <= 1
    )
    for part in result.content:
        print(" ", part.type, len(part.text) > 0)
print(
    type(results).__name__ in ("SyncPage", "SyncPage[VectorStoreSearchResponse]"),
    results.has_more if hasattr(results, "has_more") else None,
)
response = client.responses.create(
    model="gpt-4.1",
    input="What is the capital of France?",
    tools=[{"type": "file_search", "vector_store_ids": [store.id], "max_num_results": 2}],
    include=["file_search_call.results"],
)
print(response.status, [item.type for item in response.output])
store = client.vector_stores.retrieve(store.id)
print(store.name, store.file_counts.completed, store.status, store.usage_bytes >= 0)
