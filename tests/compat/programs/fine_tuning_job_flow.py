"""A fine-tuning job as scripts drive it: upload, create with hyperparameters, poll,
events, checkpoints, and the resulting model name."""

from openai import OpenAI

client = OpenAI()
training = client.files.create(file=("train.jsonl", b'{"messages": []}\n'), purpose="fine-tune")
job = client.fine_tuning.jobs.create(
    training_file=training.id,
    model="gpt-4o-mini-2024-07-18",
    suffix="demo",
    method={"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 2}}},
)
print(job.object, job.status, job.training_file == training.id, job.model)
for _ in range(20):
    job = client.fine_tuning.jobs.retrieve(job.id)
    if job.status in ("succeeded", "failed", "cancelled"):
        break
print(job.status, job.fine_tuned_model is not None, type(job.trained_tokens).__name__)
events = client.fine_tuning.jobs.list_events(job.id, limit=5)
print(
    [type(e).__name__ for e in events][:1], all(e.object == "fine_tuning.job.event" for e in events)
)
checkpoints = client.fine_tuning.jobs.checkpoints.list(job.id)
print([c.object for c in checkpoints][:1])
jobs = client.fine_tuning.jobs.list(limit=3)
print([j.id for j in jobs] == [job.id])
