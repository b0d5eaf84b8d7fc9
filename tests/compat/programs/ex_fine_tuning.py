"""examples style fine-tuning: upload, create, retrieve, events page, cancel."""

from openai import OpenAI

client = OpenAI()
training = client.files.create(
    file=(
        "train.jsonl",
        b'{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}]}\n',
    ),
    purpose="fine-tune",
)
job = client.fine_tuning.jobs.create(model="gpt-4o-mini", training_file=training.id, suffix="demo")
print(job.object, job.status, job.model, job.training_file == training.id)
job = client.fine_tuning.jobs.retrieve(job.id)
print(job.status, job.hyperparameters.n_epochs if job.hyperparameters else None)
events = client.fine_tuning.jobs.list_events(fine_tuning_job_id=job.id, limit=2)
print([e.message for e in events.data], events.has_next_page())
print([e.object for e in events])
cancelled = client.fine_tuning.jobs.cancel(job.id)
print(cancelled.status)
