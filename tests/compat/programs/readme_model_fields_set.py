"""README block: telling a null field from an absent one, and the model methods."""

from openai import OpenAI

client = OpenAI()
response = client.chat.completions.create(
    model="gpt-5.5", messages=[{"role": "user", "content": "hi"}]
)

for name in ("system_fingerprint", "service_tier", "usage"):
    if getattr(response, name) is None:
        if name not in response.model_fields_set:
            print(f'Got json like {{}}, without a "{name}" key present at all.')
        else:
            print(f'Got json like {{"{name}": null}}.')
    else:
        print(name, "is set")

print(response.to_json())
print(response.to_dict()["choices"][0]["message"])
print(response.model_dump_json(indent=2))
print(response.model_dump(exclude_unset=True)["object"])
print(sorted(response.model_fields_set))
print(response.choices[0].message.model_dump(exclude_none=True))
