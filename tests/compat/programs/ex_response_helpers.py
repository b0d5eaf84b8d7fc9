"""Responses: output_text, to_dict/to_json, model_dump, model_construct, fields set."""

import json

from openai import OpenAI
from openai.types.responses import Response

client = OpenAI()
response = client.responses.create(model="gpt-4o-mini", input="Say hi", instructions="Be brief")
print(response.output_text)
data = response.to_dict()
print(data["id"] == response.id, data["object"], data["status"])
print(json.loads(response.to_json())["model"] == response.model)
dumped = response.model_dump(exclude_unset=True)
print(dumped["output"][0]["type"], "usage" in dumped)
print(response.model_dump_json(indent=None).startswith("{"))

built = Response.model_construct(id="resp_x", object="response", output=[])
print(built.id, built.output, built.model_fields_set >= {"id", "output"})
copy = response.model_copy(update={"id": "resp_copy"})
print(copy.id, response.id != copy.id, copy.output_text == response.output_text)
