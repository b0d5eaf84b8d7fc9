"""Vector store search: comparison and compound filters, ranking options, result attributes."""

from openai import OpenAI

client = OpenAI()
store = client.vector_stores.create(name="filters")
for name, year in (("old.txt", 2020), ("new.txt", 2024)):
    doc = client.files.create(file=(name, f"report from {year}".encode()), purpose="assistants")
    client.vector_stores.files.create_and_poll(
        vector_store_id=store.id, file_id=doc.id, attributes={"year": year, "name": name}
    )

recent = client.vector_stores.search(
    vector_store_id=store.id,
    query="report",
    filters={"type": "gte", "key": "year", "value": 2023},
    ranking_options={"ranker": "auto", "score_threshold": 0.0},
    max_num_results=5,
)
print(recent.object, recent.search_query, type(recent.data).__name__)
print(recent.to_dict().keys())
for hit in recent:
    print(hit.filename, round(hit.score, 3) >= 0, hit.attributes, [c.text[:6] for c in hit.content])

both = client.vector_stores.search(
    vector_store_id=store.id,
    query=["report", "year"],
    filters={
        "type": "or",
        "filters": [
            {"type": "eq", "key": "name", "value": "old.txt"},
            {"type": "eq", "key": "name", "value": "new.txt"},
        ],
    },
    rewrite_query=False,
)
print(len(both.data) <= 2, both.has_more, both.next_page)
