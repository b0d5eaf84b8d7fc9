"""Printing fine-tuning jobs (nested hyperparameters), events and images results.

`shown` drops the fields the SDK has and the pinned spec lacks (out of scope).
"""

import re

from openai import OpenAI

SDK_ONLY = ("safety_identifier", "svg_usage")


def shown(obj: object) -> str:
    names = "|".join(SDK_ONLY)
    return re.sub(rf", (?:{names})=None|(?:{names})=None, ", "", repr(obj))


client = OpenAI()
training = client.files.create(file=("train.jsonl", b'{"messages": []}\n'), purpose="fine-tune")
job = client.fine_tuning.jobs.create(model="gpt-4o-mini", training_file=training.id)
print(job)
print(job.hyperparameters)
print(job.model_dump_json(indent=2))
for event in client.fine_tuning.jobs.list_events(fine_tuning_job_id=job.id, limit=2):
    print(event)
    print(event.to_dict())
images = client.images.generate(model="dall-e-3", prompt="a cat", response_format="url", n=1)
print(shown(images))
print(images.data[0].model_dump())
print(images.to_json())
