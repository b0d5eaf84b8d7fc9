"""NOT_GIVEN, omit and Omit in calls: none of them is sent."""

import openai
from openai import NOT_GIVEN, Omit, OpenAI, omit

client = OpenAI()


def ask(temperature: float | openai.NotGiven = NOT_GIVEN, user: str | Omit = omit) -> str:
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "hi"}],
        temperature=temperature,
        user=user,
        max_tokens=NOT_GIVEN,
    )
    return completion.choices[0].message.content or ""


print(ask())
print(ask(temperature=0.2, user="u1"))
print(bool(NOT_GIVEN), bool(omit), repr(NOT_GIVEN))
print(isinstance(omit, Omit), isinstance(NOT_GIVEN, openai.NotGiven))
files = client.files.list(purpose=omit, limit=NOT_GIVEN)
print(len(files.data))
