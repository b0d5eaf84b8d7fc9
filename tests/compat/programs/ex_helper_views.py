"""Raw and streamed views of the parse helpers; files.wait_for_processing; retrieve_content."""

import asyncio
import warnings

from openai import AsyncOpenAI, OpenAI
from pydantic import BaseModel


class Answer(BaseModel):
    value: int
    unit: str


client = OpenAI()
messages = [{"role": "user", "content": "How far is it?"}]

raw = client.chat.completions.with_raw_response.parse(
    model="gpt-4o-mini", messages=messages, response_format=Answer
)
completion = raw.parse()
print(raw.status_code, raw.headers.get("content-type"), raw.request_id is not None)
print(type(completion).__name__.startswith("ParsedChatCompletion"))
print(type(completion.choices[0].message.parsed).__name__)

with client.beta.chat.completions.with_streaming_response.parse(
    model="gpt-4o-mini", messages=messages, response_format=Answer
) as response:
    print(response.status_code, response.http_request.method)
    parsed = response.parse().choices[0].message.parsed
    print(isinstance(parsed, Answer))

raw_response = client.with_raw_response.responses.parse(
    model="gpt-4o-mini", input="How far?", text_format=Answer
)
print(type(raw_response.parse()).__name__.startswith("ParsedResponse"))
print(isinstance(raw_response.parse().output_parsed, Answer))

uploaded = client.files.create(file=("notes.jsonl", b'{"a": 1}\n'), purpose="batch")
done = client.files.wait_for_processing(uploaded.id, poll_interval=0.01)
print(done.id == uploaded.id, done.status)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    text = client.files.retrieve_content(uploaded.id)
    raw_text = client.files.with_raw_response.retrieve_content(uploaded.id)
print(type(text).__name__, text == '{"a": 1}\n', raw_text.parse() == text)
print(sorted({w.category.__name__ for w in caught}))
with client.files.with_streaming_response.retrieve_content(uploaded.id) as streamed:
    print(streamed.status_code, streamed.parse() == text)


async def main() -> None:
    aclient = AsyncOpenAI()
    araw = await aclient.chat.completions.with_raw_response.parse(
        model="gpt-4o-mini", messages=messages, response_format=Answer
    )
    print(isinstance(araw.parse().choices[0].message.parsed, Answer))
    async with aclient.chat.completions.with_streaming_response.parse(
        model="gpt-4o-mini", messages=messages, response_format=Answer
    ) as aresponse:
        print((await aresponse.parse()).choices[0].finish_reason)
    afile = await aclient.files.wait_for_processing(uploaded.id)
    print(afile.status)
    await aclient.close()


asyncio.run(main())
