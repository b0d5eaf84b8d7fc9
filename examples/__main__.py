"""`make demo`: run every example against the embedded fake OpenAI API (or the real API).

Without OPENAI_API_KEY a fake of the API (`integrations_openai.testing.fake`) starts in this
process on 127.0.0.1: no Node, no network, statuses that move on every poll. With a key the
same examples run against the real API (this costs a few cents). Each example runs in this
process, with its output indented under its name.
"""

from __future__ import annotations

import contextlib
import io
import os
import runpy
import sys
import time
from contextlib import ExitStack
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = (
    "chat",
    "streaming",
    "responses",
    "embeddings",
    "models",
    "files",
    "pagination",
    "batches",
    "fine_tuning",
    "images",
    "audio",
    "moderations",
    "assistants",
    "errors",
)


def _run(name: str) -> tuple[bool, str]:
    """Run one example; (succeeded, what it printed)."""
    out = io.StringIO()
    ok = True
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            runpy.run_path(str(HERE / f"{name}.py"), run_name="__main__")
        except SystemExit as exc:
            ok = exc.code in (None, 0)
            if exc.code not in (None, 0):
                print(exc.code)
        except Exception as exc:  # the demo reports a failing example and goes on
            ok = False
            print(f"{type(exc).__name__}: {exc}")
    return ok, out.getvalue().rstrip()


def main() -> int:
    """Run the examples in ORDER; exit 1 if any failed."""
    failed: list[str] = []
    sys.path.insert(0, str(HERE))  # the examples share `_demo`
    with ExitStack() as stack:
        if os.environ.get("OPENAI_API_KEY"):
            base = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1")
            print(f"OPENAI_API_KEY is set: running the examples against the REAL API at {base}")
            print("(this costs a few cents; unset OPENAI_API_KEY to use the built-in fake)\n")
        else:
            from integrations_openai.testing.fake import FakeOpenAI

            fake = stack.enter_context(FakeOpenAI())
            print(
                f"no OPENAI_API_KEY: running the examples against the built-in fake API at {fake.url}"
            )
            print("(pure Python, no network; answers are canned, statuses move on each poll)\n")
            os.environ.update(OPENAI_API_KEY=fake.api_key, OPENAI_BASE_URL=fake.url)
            os.environ.setdefault("DEMO_POLL_SECONDS", "0")
        for name in ORDER:
            doc = (HERE / f"{name}.py").read_text().split('"""')[1].strip()
            print(f"== {name}: {doc}")
            started = time.monotonic()
            ok, output = _run(name)
            print("\n".join("   " + line for line in output.splitlines()))
            status = "ok" if ok else "FAILED"
            print(f"   -> {status} in {time.monotonic() - started:.2f} s\n")
            if not ok:
                failed.append(name)
    print(
        f"{len(ORDER) - len(failed)}/{len(ORDER)} examples ok"
        + (f"; failed: {failed}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
