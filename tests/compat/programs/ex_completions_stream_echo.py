"""Legacy completions: streaming chunks, echo, logprobs, suffix, stop, several prompts."""

from openai import OpenAI

client = OpenAI()

stream = client.completions.create(
    model="gpt-3.5-turbo-instruct", prompt="Count: 1, 2,", max_tokens=8, stream=True
)
texts = []
for chunk in stream:
    print(chunk.object, len(chunk.choices), chunk.choices[0].index if chunk.choices else None)
    texts.extend(c.text for c in chunk.choices)
print(type("".join(texts)).__name__)

echoed = client.completions.create(
    model="gpt-3.5-turbo-instruct",
    prompt="Say hi",
    echo=True,
    logprobs=2,
    max_tokens=5,
    temperature=0,
    stop=["\n"],
    user="u-1",
)
choice = echoed.choices[0]
print(
    choice.finish_reason,
    type(choice.text).__name__,
    choice.logprobs is None
    or choice.logprobs.tokens is None
    or isinstance(choice.logprobs.tokens, list),
)
print(echoed.usage.total_tokens >= 0 if echoed.usage else None, echoed.model)

many = client.completions.create(
    model="gpt-3.5-turbo-instruct", prompt=["a", "b"], suffix="!", n=1, best_of=1, seed=3
)
print(len(many.choices), sorted(c.index for c in many.choices))
print(echoed.to_dict()["object"], sorted(echoed.choices[0].to_dict()))
