"""README "Accessing raw response data": with_raw_response and .parse()."""

from openai import OpenAI

client = OpenAI()
response = client.chat.completions.with_raw_response.create(
    messages=[{"role": "user", "content": "Say this is a test"}],
    model="gpt-4o-mini",
)
print(response.headers.get("X-My-Header"))
print(response.status_code, response.request_id, response.http_request.method)

completion = response.parse()  # what `chat.completions.create()` would have returned
print(completion.choices[0].message.content)

raw_page = client.fine_tuning.jobs.with_raw_response.list(limit=3)
page = raw_page.parse()
print(raw_page.headers["x-request-id"], [job.id for job in page.data], page.has_next_page())
print([job.id for job in page])
