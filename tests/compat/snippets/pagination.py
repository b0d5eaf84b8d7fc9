"""README "Pagination": auto-iteration, pages, and errors at the call."""

import openai
from openai import OpenAI

client = OpenAI()

all_jobs = []
# Automatically fetches more pages as needed.
for job in client.fine_tuning.jobs.list(limit=2):
    all_jobs.append(job)
print([job.id for job in all_jobs])

first_page = client.fine_tuning.jobs.list(limit=2)
print(f"number of items on the first page: {len(first_page.data)}")
if first_page.has_next_page():
    print(f"will fetch next page using these details: {first_page.next_page_info()}")
    next_page = first_page.get_next_page()
    print(f"number of items we just fetched: {len(next_page.data)}")
    print([job.id for job in next_page.data], next_page.has_more)

for job in first_page.data:
    print(job.id, job.status)

print([len(page.data) for page in first_page.iter_pages()])
print([model.id for model in client.models.list()])
print([f.id for f in client.files.list(limit=1)])

# The first page is fetched at the call: an error surfaces there, not in the loop.
try:
    files = client.files.list(purpose="forbidden")
    print("no error at the call")
    for f in files:
        print(f.id)
except openai.PermissionDeniedError as e:
    print("refused at the call:", e.status_code, e.request_id)

print(client.fine_tuning.jobs.list(limit=2)._request_id)
