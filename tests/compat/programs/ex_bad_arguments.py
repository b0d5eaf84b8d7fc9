"""Mistakes callers make: missing or unknown arguments, a 400 from the server."""

import openai
from openai import OpenAI

client = OpenAI(max_retries=0)
try:
    client.chat.completions.create(model="gpt-4o-mini")  # type: ignore[call-overload]
except TypeError:
    print("TypeError missing messages")
try:
    client.chat.completions.create(  # type: ignore[call-overload]
        model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}], temprature=0.1
    )
except TypeError:
    print("TypeError unknown keyword")
try:
    client.files.retrieve("")
except ValueError:
    print("ValueError empty id")
try:
    client.chat.completions.create(model="gpt-4o-mini", messages=[])
    print("sent")
except openai.BadRequestError as e:
    print("BadRequestError", e.status_code)
except openai.APIStatusError as e:
    print("status", e.status_code)
