"""`make record`: one cassette per contract case, recorded through the public client.

Against a fresh Prism mock of the pinned spec by default; against the real API when
OPENAI_API_KEY is set (OPENAI_BASE_URL respected). Credentials, organization/project ids,
cookies and anything shaped like a key are scrubbed before a cassette is written.
`cassettes/index.json` records, per case, where it was recorded and what the call returned.

    python -m scripts.contract.record [CASE ...]     # default: every case
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from contextlib import ExitStack
from typing import Any

from integrations_openai import OpenAIClient, OpenAIError
from scripts.contract.cases import load_cases
from scripts.contract.cassettes import CASSETTES, INDEX, MOCK_ORIGIN, cassette_path, make_vcr
from scripts.contract.public import call, describe
from scripts.prism.server import MOCK_API_KEY, PrismServer

DEFAULT_API = "https://api.openai.com/v1"


def load_index() -> dict[str, Any]:
    """cassettes/index.json (empty when missing)."""
    return json.loads(INDEX.read_text()) if INDEX.exists() else {}


def write_index(index: dict[str, Any]) -> None:
    """Sorted, stable JSON."""
    INDEX.write_text(json.dumps(dict(sorted(index.items())), indent=1, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Record the named cases (default: all); print one line per case."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help="case names (default: every case)")
    args = parser.parse_args(argv)
    cases = load_cases()
    unknown = [name for name in args.cases if name not in cases]
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}")
    selected = args.cases or sorted(cases)
    real_key = os.environ.get("OPENAI_API_KEY")
    CASSETTES.mkdir(exist_ok=True)
    index = load_index()
    failures = 0
    with ExitStack() as stack:
        if real_key:
            target, key = "api", real_key
            base_url = os.environ.get("OPENAI_BASE_URL", DEFAULT_API)
            origin, recorded_base = None, base_url
        else:
            server = stack.enter_context(PrismServer())
            print(f"Prism ready at {server.url} in {server.startup_seconds:.1f} s")
            target, key, base_url = "prism", MOCK_API_KEY, server.url
            origin, recorded_base = server.url, MOCK_ORIGIN
        recorder = make_vcr("all", origin=origin)
        # No breaker: every case stands alone, one failure must not turn into many.
        client = stack.enter_context(
            OpenAIClient(api_key=key, base_url=base_url, max_retries=0, circuit_breaker=False)
        )
        started = time.monotonic()
        for name in selected:
            case = cases[name]
            path = cassette_path(name)
            fresh = path.with_suffix(".recording")
            fresh.unlink(missing_ok=True)
            answered = True
            with recorder.use_cassette(str(fresh)):
                try:
                    outcome, summary = "ok", describe(call(client, case))
                except OpenAIError as exc:
                    outcome, summary = type(exc).__name__, str(exc)[:200]
                    answered = getattr(exc, "status_code", None) is not None
            if not answered:
                # Nothing (or no complete answer) came back: keep the previous cassette.
                fresh.unlink(missing_ok=True)
                failures += 1
                print(f"{'NOT RECORDED':>20}  {name}: {outcome}: {summary}")
                continue
            os.replace(fresh, path)
            index[name] = {
                "operation_id": case.operation_id,
                "call": case.call,
                "target": target,
                "base_url": recorded_base,
                "outcome": outcome,
                "result": summary,
            }
            print(f"{outcome:>20}  {name}: client.{case.call}(...) -> {summary}")
        elapsed = time.monotonic() - started
    write_index(index)
    print(
        f"recorded {len(selected) - failures} of {len(selected)} case(s) against {target} "
        f"in {elapsed:.1f} s; {failures} not recorded (no answer from the server)"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
