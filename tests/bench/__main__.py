"""Run every benchmark module and print one table: ``python -m tests.bench [-k word] [--quick]``.

Discovers ``tests/bench/bench_*.py``; each defines ``run(quick: bool) -> list[Result]``
(see ``tests/bench/_common.py``). Ratios compare us with the official ``openai`` SDK on the
same local server in the same run (>1x means ours is better).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

from tests.bench._common import Result


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _table(rows: list[tuple[str, Result]]) -> str:
    header = ("module", "benchmark", "unit", "ours", "openai SDK", "ours vs SDK", "note")
    lines = [
        (
            mod,
            r.name,
            r.unit,
            _fmt(r.ours),
            _fmt(r.sdk),
            f"{r.ratio:.2f}x" if r.ratio is not None else "-",
            r.note,
        )
        for mod, r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *lines, strict=False)]
    out = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=False))]
    out.append("-+-".join("-" * w for w in widths))
    out += [" | ".join(c.ljust(w) for c, w in zip(line, widths, strict=False)) for line in lines]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("-k", dest="only", help="run only modules whose name contains this")
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a smoke run)")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if args.only:
        names = [n for n in names if args.only in n]
    rows: list[tuple[str, Result]] = []
    failed = 0
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"tests.bench.{name}")
            rows += [(name.removeprefix("bench_"), r) for r in module.run(args.quick)]
        except Exception:
            failed += 1
            traceback.print_exc()
    print(_table(rows))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
