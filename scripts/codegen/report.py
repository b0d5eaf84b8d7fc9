"""The generation report: `generated/REPORT.md` and `generated/report.json`.

Written on every run from the run's inputs and outputs only (no timings, sorted
everything), so it is committed and `check` diffs it like any generated file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client import strings

from .lock import SpecLock
from .normalize import Changes
from .normalize._walk import iter_operations

_PARSE_RETURN = re.compile(r"def _parse_response\(.*?\)\s*->\s*(.+?):\n", re.DOTALL)
_BODY_PARAM = re.compile(r"^def sync_detailed\((.*?)\)\s*->", re.DOTALL | re.MULTILINE)


@dataclass
class ReportInputs:
    """Everything the report is computed from."""

    lock: SpecLock
    generator_version: str
    raw_spec: dict[str, Any]
    normalized_spec: dict[str, Any]
    changes: dict[str, Changes]
    models: dict[str, str]
    endpoints: dict[str, str]
    class_overrides: dict[str, str]
    post_hooks: dict[str, list[str]] = field(default_factory=dict)
    emitters: list[str] = field(default_factory=list)


def _operations(inputs: ReportInputs, package_dir: Path) -> dict[str, Any]:
    by_tag: Counter[str] = Counter()
    missing: list[str] = []
    untyped_response: list[str] = []
    no_response_body: list[str] = []
    untyped_body: list[str] = []
    total = 0
    norm_ops = {(p, m): op for p, m, op in iter_operations(inputs.normalized_spec)}
    for path, method, _raw_op in iter_operations(inputs.raw_spec):
        total += 1
        op = norm_ops[(path, method)]
        where = f"{method.upper()} {path}"
        module = inputs.endpoints.get(where)
        file = package_dir / module if module else None
        if file is None or not file.is_file():
            missing.append(where)
            continue
        by_tag[file.parent.name] += 1
        text = file.read_text(encoding="utf-8")
        ret = _PARSE_RETURN.search(text)
        ret_type = " ".join(ret.group(1).split()) if ret else "?"
        declares_body = any(
            (r or {}).get("content") for c, r in (op.get("responses") or {}).items()
        )
        if ret_type in ("Any | None", "None", "?"):
            (untyped_response if declares_body else no_response_body).append(where)
        params = _BODY_PARAM.search(text)
        if params and re.search(r"\bbody: Any\b", params.group(1)):
            untyped_body.append(where)
    return {
        "in_spec": total,
        "generated": total - len(missing),
        "missing": sorted(missing),
        "by_tag": dict(sorted(by_tag.items())),
        "untyped_response": sorted(untyped_response),
        "no_response_body": sorted(no_response_body),
        "untyped_request_body": sorted(untyped_body),
    }


def _inline_kind(schema: dict[str, Any]) -> str:
    if "anyOf" in schema or "oneOf" in schema:
        return "union"
    if "const" in schema:
        return "const"
    if "$ref" in schema:
        return "alias"
    return str(schema.get("type", "any"))


def _schemas(inputs: ReportInputs) -> dict[str, Any]:
    raw = (inputs.raw_spec.get("components") or {}).get("schemas") or {}
    norm = inputs.normalized_spec["components"]["schemas"]
    how: dict[str, str] = {}
    for name in raw:
        cls = inputs.class_overrides.get(name) or str(strings.ClassName(name, ""))
        kind = inputs.models.get(cls)
        if kind == "model":
            how[name] = f"class {cls}"
        elif kind in ("literal_enum", "enum"):
            how[name] = f"{'literal' if kind == 'literal_enum' else 'enum'} {cls}"
        elif name in norm:
            how[name] = f"inline {_inline_kind(norm[name])}"
        else:
            how[name] = "LOST"
    counts = Counter(v.split(" ")[0] for v in how.values())
    inline = Counter(v.split(" ", 1)[1] for v in how.values() if v.startswith("inline"))
    return {
        "in_spec": len(raw),
        "represented": sum(1 for v in how.values() if v != "LOST"),
        "lost": sorted(k for k, v in how.items() if v == "LOST"),
        "by_representation": dict(sorted(counts.items())),
        "inline_by_kind": dict(sorted(inline.items())),
        "fed_to_generator": len(norm),
        "generated_classes": sum(1 for v in inputs.models.values() if v == "model"),
        "generated_literal_enums": sum(1 for v in inputs.models.values() if v != "model"),
        "representation": dict(sorted(how.items())),
    }


def _files(package_dir: Path) -> dict[str, Any]:
    files = sorted(p for p in package_dir.rglob("*.py") if "__pycache__" not in p.parts)
    lines = sum(p.read_text(encoding="utf-8").count("\n") for p in files)
    models = [p for p in files if p.parent.name == "models" and not p.name.startswith("_")]
    api = [p for p in files if "api" in p.relative_to(package_dir).parts[:1]]
    return {
        "py_files": len(files),
        "lines": lines,
        "bytes": sum(p.stat().st_size for p in files),
        "model_modules": len(models),
        "endpoint_modules": sum(1 for p in api if p.name != "__init__.py"),
        "tag_packages": sum(1 for p in api if p.name == "__init__.py") - 1,
    }


def build(inputs: ReportInputs, package_dir: Path) -> dict[str, Any]:
    """Compute the report (a JSON-ready, deterministic dict)."""
    single = inputs.changes.get("single_encoding")
    return {
        "spec": {
            "package": f"{inputs.lock.package}=={inputs.lock.version}",
            "info_version": inputs.lock.info_version,
            "openapi": inputs.lock.openapi,
            "sha256": inputs.lock.sha256,
        },
        "generator": {
            "name": "openapi-python-client",
            "version": inputs.generator_version,
            "fail_on_warning": True,
            "warnings": 0,
        },
        "operations": _operations(inputs, package_dir),
        "schemas": _schemas(inputs),
        "normalizer": {
            name: {"total": c.total, **c.as_dict()} for name, c in inputs.changes.items()
        },
        "content_types_removed": sorted(single.sites) if single else [],
        "post_hooks": {k: sorted(v) for k, v in sorted(inputs.post_hooks.items())},
        "emitters": inputs.emitters,
        "files": _files(package_dir),
    }


def _markdown(rep: dict[str, Any]) -> str:
    ops, sch, files = rep["operations"], rep["schemas"], rep["files"]
    out = [
        "# Generation report",
        "",
        "Written by `python -m scripts.codegen generate` (do not edit). Machine-readable: "
        "`report.json`.",
        "",
        f"- Spec: `{rep['spec']['package']}`, info.version {rep['spec']['info_version']}, "
        f"OpenAPI {rep['spec']['openapi']}, sha256 `{rep['spec']['sha256']}`",
        f"- Generator: {rep['generator']['name']} {rep['generator']['version']}, "
        f"run as `--fail-on-warning`: **{rep['generator']['warnings']} warnings**",
        "",
        "## Operations",
        "",
        f"**{ops['generated']} / {ops['in_spec']}** generated. Missing: "
        f"{', '.join(ops['missing']) or 'none'}.",
        f"Untyped responses: {len(ops['untyped_response'])}; without a response body in the "
        f"spec: {len(ops['no_response_body'])} ({', '.join(ops['no_response_body']) or '-'}); "
        f"request bodies typed `Any`: {len(ops['untyped_request_body'])}.",
        "",
        "| tag package | operations |",
        "|---|---|",
        *(f"| `{t}` | {n} |" for t, n in ops["by_tag"].items()),
        "",
        "## Component schemas",
        "",
        f"**{sch['represented']} / {sch['in_spec']}** represented "
        f"({', '.join(f'{k}: {v}' for k, v in sch['by_representation'].items())}); "
        f"inlined as type expressions: "
        f"{', '.join(f'{k}: {v}' for k, v in sch['inline_by_kind'].items()) or 'none'}. "
        f"Lost: {', '.join(sch['lost']) or 'none'}.",
        f"Schemas fed to the generator: {sch['fed_to_generator']} (after hoisting and "
        f"dedupe); generated: {sch['generated_classes']} classes, "
        f"{sch['generated_literal_enums']} `Literal` enums. Per-schema: `report.json` "
        "`schemas.representation`.",
        "",
        "## Normalizer passes (in run order)",
        "",
        "| pass | changes | by kind |",
        "|---|---|---|",
    ]
    for name, info in rep["normalizer"].items():
        kinds = "; ".join(f"{k}: {v}" for k, v in info["counts"].items()) or "-"
        out.append(f"| `{name}` | {info['total']} | {kinds} |")
    out += [
        "",
        "## Content types removed (one encoding per request schema)",
        "",
        *(f"- {s}" for s in rep["content_types_removed"]),
        "",
        "## Post-hooks",
        "",
    ]
    for hook, items in rep["post_hooks"].items():
        out.append(f"- `{hook}`: {len(items)}" + (f" ({', '.join(items)})" if items else ""))
    out += [
        "",
        f"Emitters: {', '.join(rep['emitters']) or 'none'}.",
        "",
        "## Files",
        "",
        f"{files['py_files']} `.py` files, {files['lines']} lines, {files['bytes']} bytes; "
        f"{files['model_modules']} model modules, {files['endpoint_modules']} endpoint modules "
        f"in {files['tag_packages']} tag packages.",
        "",
    ]
    return "\n".join(out)


def write(rep: dict[str, Any], out_root: Path) -> None:
    """Write `report.json` and `REPORT.md` into `out_root` (the `generated/` tree)."""
    (out_root / "report.json").write_text(
        json.dumps(rep, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    (out_root / "REPORT.md").write_text(_markdown(rep), encoding="utf-8")
