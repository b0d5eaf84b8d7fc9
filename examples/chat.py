"""Chat completions: one request, one typed answer."""

from integrations_openai import OpenAIClient

with OpenAIClient() as client:  # OPENAI_API_KEY / OPENAI_BASE_URL from the environment
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Say hello in five words."}],
        max_completion_tokens=20,
    )
    choice = completion.choices[0]
    print(f"{completion.model}: {choice.message.content!r} (finish: {choice.finish_reason})")
    if completion.usage:  # optional in the spec
        print(f"tokens: {completion.usage.total_tokens}")
