"""Client-level raw and streaming views over several resources."""

from openai import OpenAI

client = OpenAI()
raw = client.with_raw_response.responses.create(model="gpt-4o-mini", input="hi")
print(raw.status_code, raw.parse().output_text)
raw_emb = client.with_raw_response.embeddings.create(
    model="text-embedding-3-small", input="x", encoding_format="float"
)
print(len(raw_emb.parse().data[0].embedding) > 0)
with client.with_streaming_response.files.list() as response:
    print(response.status_code, response.json()["object"])
raw_models = client.models.with_raw_response.list()
print([m.id for m in raw_models.parse()][:1] == [m.id for m in client.models.list()][:1])
raw_mod = client.moderations.with_raw_response.create(input="fine")
print(
    raw_mod.parse().results[0].flagged in (True, False),
    raw_mod.headers.get("x-request-id") is not None,
)
