"""Chat completions: one request, one typed answer."""

from integrations_openai import OpenAIClient

with OpenAIClient() as client:  # OPENAI_API_KEY / OPENAI_BASE_URL from the environment
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Say hello in five words."}],
        max_completion_tokens=20,
    )
    choice = completion.choices[0]
    print(f"model {completion.model} answered: {choice.message.content!r}")
    print(f"finish reason: {choice.finish_reason}")
    if completion.usage:  # optional in the spec
        usage = completion.usage
        print(
            f"tokens: {usage.prompt_tokens} in + {usage.completion_tokens} out"
            f" = {usage.total_tokens}"
        )
