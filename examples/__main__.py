"""`make demo`: run every example against a local Prism mock (or the real API with a key).

Without OPENAI_API_KEY a Prism mock of the pinned spec is started on 127.0.0.1 and each
example runs as its own process with OPENAI_BASE_URL pointing at it; with a key, the same
examples run against the real API (this costs a few cents).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from scripts.prism.server import MOCK_API_KEY, PrismServer

HERE = Path(__file__).resolve().parent
ORDER = (
    "chat",
    "embeddings",
    "models",
    "files",
    "batches",
    "images",
    "audio",
    "moderations",
    "fine_tuning",
    "assistants",
    "responses",
    "streaming",
    "pagination",
    "errors",
)


def main() -> int:
    """Run the examples in ORDER; exit 1 if any failed."""
    env = dict(os.environ)
    failed: list[str] = []
    with ExitStack() as stack:
        if env.get("OPENAI_API_KEY"):
            print("OPENAI_API_KEY is set: running the examples against the real API\n")
        else:
            server = stack.enter_context(PrismServer())
            print(f"no OPENAI_API_KEY: Prism mock of the pinned spec at {server.url}")
            print(
                f"(started in {server.startup_seconds:.1f} s; answers are schema-shaped placeholders)\n"
            )
            env.update(OPENAI_API_KEY=MOCK_API_KEY, OPENAI_BASE_URL=server.url)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE.parent), env.get("PYTHONPATH")]))
        for name in ORDER:
            script = HERE / f"{name}.py"
            doc = script.read_text().split('"""')[1].strip()
            print(f"== {name}: {doc}")
            started = time.monotonic()
            done = subprocess.run(
                [sys.executable, str(script)], env=env, capture_output=True, text=True
            )
            output = (done.stdout + done.stderr).rstrip()
            print("\n".join("   " + line for line in output.splitlines()))
            status = "ok" if done.returncode == 0 else f"FAILED (exit {done.returncode})"
            print(f"   -> {status} in {time.monotonic() - started:.1f} s\n")
            if done.returncode != 0:
                failed.append(name)
    print(
        f"{len(ORDER) - len(failed)}/{len(ORDER)} examples ok"
        + (f"; failed: {failed}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
