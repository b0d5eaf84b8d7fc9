"""README block: ``with_raw_response`` and ``print(completion)``."""

from openai import OpenAI

client = OpenAI()
response = client.chat.completions.with_raw_response.create(
    messages=[
        {
            "role": "user",
            "content": "Say this is a test",
        }
    ],
    model="gpt-5.5",
)
print(response.headers.get("X-My-Header"))
print(response.headers.get("openai-processing-ms"), response.status_code)

completion = response.parse()  # get the object that `chat.completions.create()` would have returned
print(completion)
