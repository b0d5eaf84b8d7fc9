"""Errors: a bad request becomes one exception class of our taxonomy, with the details."""

from integrations_openai import NotFoundError, OpenAIClient, ValidationError

with OpenAIClient(max_retries=0) as client:
    try:
        client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "hi"}],
            extra_body={"temperature": "very hot"},  # the server rejects a string here
        )
    except ValidationError as exc:
        print(
            f"{type(exc).__name__}: status {exc.status_code}, param {exc.param!r}, retryable={exc.retryable}"
        )
        print(f"  message: {str(exc)[:160]}")
    else:
        raise SystemExit("expected a ValidationError")
    try:
        client.files.retrieve("file-does-not-exist")
    except NotFoundError as exc:
        print(f"{type(exc).__name__}: status {exc.status_code}, request id {exc.request_id}")
    else:  # a schema-only mock answers any id
        print("the server found a file that does not exist (a mock?)")
