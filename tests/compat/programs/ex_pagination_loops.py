"""Auto-pagination idioms: for loops over lists, next(iter(page)), page.data, list(page)."""

from openai import OpenAI

client = OpenAI()
source = client.files.create(file=("train.jsonl", b'{"messages": []}\n'), purpose="fine-tune")
for _ in range(3):
    client.fine_tuning.jobs.create(model="gpt-4o-mini-2024-07-18", training_file=source.id)

jobs = client.fine_tuning.jobs.list(limit=2)
print(len(jobs.data), bool(jobs.data), next(iter(jobs)).object)
print(len(list(jobs)), len([job.id for job in client.fine_tuning.jobs.list(limit=1)]))
first_job = jobs.data[0]
events = list(client.fine_tuning.jobs.list_events(first_job.id, limit=2))
print(len(events) >= 0, all(e.object == "fine_tuning.job.event" for e in events))
count = 0
for _job in client.fine_tuning.jobs.list(limit=1):
    count += 1
    if count == 2:
        break
print(count)

for i in range(3):
    client.files.create(file=(f"p{i}.jsonl", b"{}\n"), purpose="batch")
names = [f.filename for f in client.files.list(purpose="batch", order="asc")]
print(names)
page = client.files.list(limit=2)
print(page.data == list(page.data), page.data[0].filename in names)
print([p.object for p in client.models.list()][:1])
