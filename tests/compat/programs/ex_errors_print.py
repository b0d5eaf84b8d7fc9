"""Errors printed as they are: status errors, a connection error, a timeout."""

import os

import openai
from openai import OpenAI

client = OpenAI(max_retries=0)
try:
    client.models.retrieve("no-such-model")
except openai.NotFoundError as e:
    print(e)
    print(str(e) == e.message, e.status_code, e.code, e.type, e.param)
    print(e.body)
    print(repr(e.request.method), e.response.status_code)

try:
    client.chat.completions.create(model="gpt-4o-mini", messages=[])
except openai.BadRequestError as e:
    print(e.message)
    print(isinstance(e, openai.APIStatusError), e.body)

offline = OpenAI(base_url=os.environ["COMPAT_CLOSED_URL"], max_retries=0)
try:
    offline.models.list()
except openai.APITimeoutError as e:
    print("timeout", e)
except openai.APIConnectionError as e:
    print(e, e.body, e.code, e.param, e.type)
    print(type(e.__cause__).__name__)

try:
    OpenAI(api_key="sk-wrong-key-000000000000", max_retries=0).models.list()
except openai.AuthenticationError as e:
    print(e)
    print(e.status_code, e.body["code"])
