"""`openai.Timeout` objects, per-call timeouts and retries, `with_options` copies."""

from __future__ import annotations

from openai import AsyncOpenAI, OpenAI, Timeout

SLOW = Timeout(60.0, connect=5.0, read=30.0)
client = OpenAI(timeout=SLOW, max_retries=3)
aclient = AsyncOpenAI(timeout=Timeout(10.0))


def patient(prompt: str) -> str:
    long = client.with_options(timeout=Timeout(300.0, connect=10.0), max_retries=0)
    return long.responses.create(model="o3", input=prompt).output_text


def quick(prompt: str, seconds: float = 5.0) -> str:
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
        timeout=seconds,
    )
    return completion.choices[0].message.content or ""


async def aquick(prompt: str) -> str:
    response = await aclient.with_options(timeout=2.0).responses.create(
        model="gpt-4.1", input=prompt, timeout=Timeout(2.0), stream=False
    )
    return response.output_text
