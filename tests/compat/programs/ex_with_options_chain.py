"""Chained with_options and copy: what each derived client carries."""

import httpx
from openai import OpenAI

base = OpenAI(
    default_headers={"x-team": "a"}, default_query={"tenant": "t1"}, max_retries=1, timeout=30.0
)
chained = base.with_options(timeout=5.0).with_options(max_retries=0)
print(chained.timeout, chained.max_retries, base.timeout, base.max_retries)
print(chained.default_headers["x-team"], chained.default_query)

merged = base.copy(default_headers={"x-extra": "1"})
print(merged.default_headers.get("x-team"), merged.default_headers.get("x-extra"))
replaced = base.copy(set_default_headers={"x-only": "1"})
print(replaced.default_headers.get("x-team"), replaced.default_headers.get("x-only"))
query = base.copy(set_default_query={"tenant": "t9"})
print(query.default_query)

split = base.with_options(timeout=httpx.Timeout(10.0, connect=2.0))
print(split.timeout.connect, split.timeout.read)
print(chained.models.retrieve("gpt-4o-mini").id)
print(
    base.with_options(max_retries=0)
    .chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}]
    )
    .parse()
    .choices[0]
    .message.role
)
print(base.api_key == chained.api_key, chained.base_url == base.base_url)
try:
    base.copy(default_headers={"a": "1"}, set_default_headers={"b": "2"})
except ValueError as e:
    print("ValueError", str(e))
