"""README blocks: auto-pagination, pages by hand, ``print(all_jobs)``."""

import os

from openai import OpenAI

client = OpenAI()
tmp = os.environ["COMPAT_TMP"]
with open(os.path.join(tmp, "train.jsonl"), "w") as f:
    f.write(
        '{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}]}\n'
    )
training = client.files.create(
    file=open(os.path.join(tmp, "train.jsonl"), "rb"), purpose="fine-tune"
)
for _ in range(3):
    client.fine_tuning.jobs.create(model="gpt-4o-mini", training_file=training.id)

all_jobs = []
# Automatically fetches more pages as needed.
for job in client.fine_tuning.jobs.list(
    limit=2,
):
    # Do something with job here
    all_jobs.append(job)
print(all_jobs)

first_page = client.fine_tuning.jobs.list(
    limit=2,
)
if first_page.has_next_page():
    print(f"will fetch next page using these details: {first_page.next_page_info()}")
    next_page = first_page.get_next_page()
    print(f"number of items we just fetched: {len(next_page.data)}")

for job in first_page.data:
    print(job.id)
