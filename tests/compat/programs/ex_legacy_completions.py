"""examples/demo.py style: legacy completions, with and without streaming, ``n`` and logprobs."""

from openai import OpenAI

client = OpenAI()
completion = client.completions.create(model="gpt-3.5-turbo-instruct", prompt="Say this is a test")
print(completion.object, len(completion.choices), type(completion.choices[0].text).__name__)

chat = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "two answers"}],
    n=2,
    logprobs=True,
    top_logprobs=2,
)
print([c.index for c in chat.choices], [c.message.content for c in chat.choices])
print(chat.choices[0].logprobs is None or isinstance(chat.choices[0].logprobs.content, list))
