"""``python -m integrations_openai.testing.fake [--host H] [--port N]``: serve until Ctrl-C."""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading

from ._fake import FakeOpenAI


def main(argv: list[str] | None = None, *, stop: threading.Event | None = None) -> int:
    """Start a fake on ``--port`` (0: any free port), print its URL, wait for ``stop``/Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m integrations_openai.testing.fake")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--api-key", default=None, help="accept only this key (default: any)")
    args = parser.parse_args(argv)
    with FakeOpenAI(host=args.host, port=args.port, api_key=args.api_key) as fake:
        print(
            f"fake OpenAI API at {fake.url} (OPENAI_BASE_URL={fake.url} OPENAI_API_KEY={fake.api_key})",
            flush=True,
        )
        with contextlib.suppress(KeyboardInterrupt):
            (stop or threading.Event()).wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
