"""Chat streaming with usage, n choices and a stop sequence."""

from openai import OpenAI

client = OpenAI()
stream = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Count to three"}],
    stream=True,
    stream_options={"include_usage": True},
    stop=["\n\n"],
)
text = ""
usage = None
for chunk in stream:
    if chunk.choices and chunk.choices[0].delta.content:
        text += chunk.choices[0].delta.content
    if chunk.usage is not None:
        usage = chunk.usage
print(text)
print(usage is not None and usage.total_tokens >= usage.completion_tokens)

many = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "system", "content": "Be terse"}, {"role": "user", "content": "Hi"}],
    n=2,
    temperature=0.5,
    seed=7,
)
print(len(many.choices), [c.index for c in many.choices], many.usage.prompt_tokens > 0)
print(many.system_fingerprint is None or isinstance(many.system_fingerprint, str))
