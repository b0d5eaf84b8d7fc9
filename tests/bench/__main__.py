"""Run every benchmark module and print one table: ``python -m tests.bench [-k word] [--quick]``.

``--tiny`` is the smoke run (smallest counts, meaningless numbers), ``--json PATH`` also
writes the rows as JSON, ``--markdown`` prints the table as Markdown (for README).

Discovers ``tests/bench/bench_*.py``; each defines ``run(quick: bool) -> list[Result]``
(see ``tests/bench/_common.py``). Ratios compare us with the official ``openai`` SDK on the
same local server in the same run (>1x means ours is better).
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import pkgutil
import platform
import sys
import time
import traceback
from importlib.metadata import version
from pathlib import Path

from tests.bench._common import TINY_ENV, Result, loopback_only


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if value >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _machine() -> str:
    """One line saying where and when the numbers were taken (they depend on it)."""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; Python {platform.python_version()}"
        f" on {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, load {load};"
        f" openai {version('openai')}, httpx {version('httpx')}"
    )


def _markdown(rows: list[tuple[str, Result]]) -> str:
    out = [
        "| benchmark | unit | ours | openai SDK | ours vs SDK | note |",
        "|---|---|--:|--:|--:|---|",
    ]
    for mod, r in rows:
        ratio = f"**{r.ratio:.2f}x**" if r.ratio is not None else "-"
        cells = (f"{mod}: {r.name}", r.unit, _fmt(r.ours), _fmt(r.sdk), ratio, r.note)
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(out)


def _as_json(mod: str, r: Result) -> dict[str, object]:
    return {"module": mod, "name": r.name, "unit": r.unit, "ours": r.ours, "sdk": r.sdk}


def _finite(r: Result) -> bool:
    return all(v is None or math.isfinite(v) for v in (r.ours, r.sdk))


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
    parser.add_argument(
        "-k", dest="only", help="run only modules whose name contains this (comma: any of these)"
    )
    parser.add_argument("--quick", action="store_true", help="fewer rounds (a smoke run)")
    parser.add_argument(
        "--tiny", action="store_true", help="smallest counts: checks that everything runs"
    )
    parser.add_argument("--json", dest="json_path", help="also write the rows to this file")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    if args.tiny:
        os.environ[TINY_ENV] = "1"  # read by _common (and inherited by measured children)
        args.quick = True
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    if args.only:
        words = args.only.split(",")
        names = [n for n in names if any(w in n for w in words)]
    rows: list[tuple[str, Result]] = []
    failed = 0
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            module = importlib.import_module(f"tests.bench.{name}")
            produced = [(name.removeprefix("bench_"), r) for r in module.run(args.quick)]
            bad = [r.name for _, r in produced if not _finite(r)]
            if not produced or bad:
                raise RuntimeError(f"{name}: no rows or non-finite numbers: {bad}")
            rows += produced
        except Exception:
            failed += 1
            traceback.print_exc()
        print(f"  {name}: {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
    print(_machine() + (" (--tiny: numbers not meaningful)" if args.tiny else ""))
    print(_markdown(rows) if args.markdown else _table(rows))
    if args.json_path:
        data = {"modules": names, "failed": failed, "rows": [_as_json(m, r) for m, r in rows]}
        Path(args.json_path).write_text(json.dumps(data, indent=1))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.addaudithook(loopback_only)  # no benchmark reaches the network by mistake
    sys.exit(main())
