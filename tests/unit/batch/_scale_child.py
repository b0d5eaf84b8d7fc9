"""One runner process of the scale test: ``python -m tests.unit.batch._scale_child URL KEY
STATE INPUT KILL MAX_REQUESTS``. ``KILL`` picks where the process SIGKILLs itself (no
cleanup, no flush: a real crash): ``create`` right after the second batch was created on the
server (its id never saved), ``collect`` after the first part's answers were appended to the
results file (the state not saved), ``none`` to run to the end. Prints the result count."""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from integrations_openai import OpenAIClient
from integrations_openai.batch import _runner, run_batch


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main(url: str, key: str, state: str, source: str, kill: str, max_requests: str) -> None:
    client = OpenAIClient(api_key=key, base_url=url)
    if kill == "create":
        create = client.batches.create
        made = iter(range(10))

        def create_then_die(**kwargs: Any) -> Any:
            batch = create(**kwargs)
            if next(made) == 1:
                die()
            return batch

        client.batches.create = create_then_die  # type: ignore[method-assign]
    elif kill == "collect":
        settle = _runner.settle

        def die_before_saving(*args: Any) -> Any:
            die()
            return settle(*args)

        _runner.settle = die_before_saving
    results = run_batch(client, source, endpoint="/v1/chat/completions", state=state,
                        max_requests=int(max_requests), sleep=lambda _: None)  # fmt: skip
    print(sum(1 for _ in results))


if __name__ == "__main__":
    main(*sys.argv[1:])
