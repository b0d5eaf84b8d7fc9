"""Fine-tuning: pause, resume, cancel, list by metadata, events and checkpoints pages."""

from openai import OpenAI

client = OpenAI()
training = client.files.create(file=("t.jsonl", b'{"messages": []}\n'), purpose="fine-tune")
job = client.fine_tuning.jobs.create(
    model="gpt-4o-mini-2024-07-18",
    training_file=training.id,
    method={"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 1}}},
    seed=7,
    metadata={"run": "a"},
)
print(job.status, job.seed, job.method.type if job.method else None, job.metadata)

paused = client.fine_tuning.jobs.pause(job.id)
print(paused.id == job.id, paused.status)
resumed = client.fine_tuning.jobs.resume(job.id)
print(resumed.id == job.id, resumed.status)

by_meta = client.fine_tuning.jobs.list(metadata={"run": "a"}, limit=3)
print([j.id == job.id for j in by_meta.data], by_meta.has_more)

events = client.fine_tuning.jobs.list_events(job.id, limit=2)
print(len(events.data) <= 2, [e.level for e in events.data], events.has_next_page())
for event in events:
    print(event.object, type(event.message).__name__, type(event.created_at).__name__)

checkpoints = client.fine_tuning.jobs.checkpoints.list(job.id, limit=1)
print(checkpoints.data, checkpoints.has_more, checkpoints.next_page_info())

cancelled = client.fine_tuning.jobs.cancel(job.id)
print(cancelled.status, cancelled.finished_at is None or cancelled.finished_at > 0)
print(client.fine_tuning.jobs.retrieve(job.id).status == cancelled.status)
