"""Fine-tuning: a job's events, checkpoints, list with filters, cancel."""

from openai import OpenAI

client = OpenAI()
training = client.files.create(file=("train.jsonl", b'{"messages": []}\n'), purpose="fine-tune")
job = client.fine_tuning.jobs.create(
    model="gpt-4o-mini-2024-07-18",
    training_file=training.id,
    suffix="demo",
    hyperparameters={"n_epochs": 2},
    metadata={"team": "ml"},
)
print(job.object, job.model, job.training_file == training.id)
events = client.fine_tuning.jobs.list_events(job.id, limit=5)
print(len(events.data) >= 0, all(e.object == "fine_tuning.job.event" for e in events))
checkpoints = client.fine_tuning.jobs.checkpoints.list(job.id)
print(type(checkpoints.data).__name__)
print(job.id in [j.id for j in client.fine_tuning.jobs.list(limit=10)])
cancelled = client.fine_tuning.jobs.cancel(job.id)
print(cancelled.id == job.id, cancelled.status)
