"""Page objects by hand: has_next_page, next_page_info, get_next_page, iter_pages."""

from openai import OpenAI

client = OpenAI(max_retries=2)
for name in ("a", "b", "c", "d", "e"):
    client.files.create(file=(f"{name}.jsonl", b"{}\n"), purpose="batch")

first = client.files.list(limit=2)
print(type(first).__name__, first.object, first.has_more, first.has_next_page())
info = first.next_page_info()
print(type(info).__name__, info.params if info else None)
second = first.get_next_page()
print([f.filename for f in second.data], second.has_next_page())
for page in first.iter_pages():
    print(len(page.data), [f.filename for f in page.data])
print(len(list(client.files.list(limit=2))))
last = second.get_next_page()
print(last.has_next_page(), [f.filename for f in last.data])
print(last.next_page_info())

models = client.models.list()
print(type(models).__name__, models.object, models.has_next_page(), models.next_page_info())
print(len(models.data) == len(list(models)))
try:
    models.get_next_page()
except RuntimeError:
    print("RuntimeError")

jobs = client.fine_tuning.jobs.list(limit=1)
print(type(jobs).__name__, jobs.has_next_page(), jobs.data)
