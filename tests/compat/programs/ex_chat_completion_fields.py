"""Reading a chat completion: usage details, fingerprints, message round-trip as a param."""

from openai import OpenAI

client = OpenAI()
completion = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "system", "content": "brief"}, {"role": "user", "content": "hi"}],
    temperature=0.2,
    max_completion_tokens=50,
    user="user-1",
)
print(completion.object, completion.model, completion.created > 0)
print(completion.system_fingerprint is None or isinstance(completion.system_fingerprint, str))
usage = completion.usage
print(usage.prompt_tokens + usage.completion_tokens == usage.total_tokens)
details = usage.prompt_tokens_details
print(details.cached_tokens if details else None)
choice = completion.choices[0]
print(choice.index, choice.finish_reason, choice.logprobs)
message = choice.message
print(message.role, message.refusal, message.tool_calls, message.audio)
as_param = message.model_dump(exclude_none=True)
print(sorted(as_param))
follow = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[
        {"role": "user", "content": "hi"},
        as_param,
        {"role": "user", "content": "more"},
    ],
)
print(follow.choices[0].message.content == completion.choices[0].message.content)
print(message.to_dict(), message.to_json(indent=None) == message.model_dump_json())
