"""Derive the official SDK's resource paths and method names for every spec operation.

A maintenance tool, not part of ``make generate``: it scans the installed ``openai``
package (the official SDK) for the HTTP method and path each resource method calls,
matches them to the spec's ``(method, path)`` pairs and prints a name map. The reviewed
result is committed as ``names.yaml``; operations the SDK lacks get names from
``rules.derive_name`` (``source: derived``) or ``rules.OVERRIDES`` (``source: override``).

Usage: ``python -m scripts.codegen.facade.derive_names openapi/openapi.yml > names.yaml``
"""

from __future__ import annotations

import ast
import inspect
import re
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from .rules import OVERRIDES, derive_name, flatten_resource

_VERBS = {"_get": "get", "_post": "post", "_put": "put", "_patch": "patch", "_delete": "delete"}
_PARAM = re.compile(r"\{[^}]+\}")


def _norm(path: str) -> str:
    return _PARAM.sub("{}", path)


def _path_of(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if (
        isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "path_template"
        and node.args
    ):
        return _path_of(node.args[0])
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            else:
                parts.append("{x}")
        return "".join(parts)
    return None


def _calls(func: ast.FunctionDef) -> Iterator[tuple[str, str, bool]]:
    """``(http method, path, paged)`` for every request the method body makes (``paged``:
    the SDK returns a page, which matters for a POST: a GET list is a page by rule)."""
    for node in ast.walk(func):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        name = node.func.attr
        if (name not in _VERBS and name != "_get_api_list") or not node.args:
            continue
        path = _path_of(node.args[0])
        if path is None:
            continue
        verb = _VERBS.get(name, "get")
        for kw in node.keywords:
            if kw.arg == "method" and isinstance(kw.value, ast.Constant):
                verb = str(kw.value.value)
        yield verb, path, name == "_get_api_list"


def _resources(obj: Any, prefix: str, chain: tuple[type, ...]) -> Iterator[tuple[str, type]]:
    # The same class may hang under two paths (beta.chat.completions and chat.completions):
    # only the ancestors are excluded, to stop cycles.
    from openai._resource import SyncAPIResource

    for name, attr in inspect.getmembers(type(obj)):
        if name.startswith("_") or name.startswith("with_"):
            continue
        if not isinstance(attr, property) and type(attr).__name__ != "cached_property":
            continue
        try:
            value = getattr(obj, name)
        except Exception:  # a resource that needs optional extras
            continue
        if isinstance(value, SyncAPIResource) and type(value) not in chain:
            path = f"{prefix}{name}"
            yield path, type(value)
            yield from _resources(value, path + ".", (*chain, type(value)))


def sdk_methods() -> dict[tuple[str, str], list[str]]:
    """``(method, normalized path) -> ["beta.threads.runs.create", ...]`` from the SDK;
    a name ending in ``+paged`` is a POST the SDK answers with a page."""
    import openai

    client = openai.OpenAI(api_key="sk-derive", base_url="http://127.0.0.1:9")
    found: dict[tuple[str, str], list[str]] = {}
    for res_path, cls in _resources(client, "", ()):
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
        for node in tree.body[0].body:  # type: ignore[attr-defined]
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            for verb, path, paged in _calls(node):
                mark = "+paged" if paged and verb == "post" else ""
                found.setdefault((verb, _norm(path)), []).append(f"{res_path}.{node.name}{mark}")
    return found


def _pick(candidates: list[str]) -> str:
    # Prefer a method whose name is a plain verb over helpers (create_and_poll, stream...).
    helpers = ("_and_poll", "stream", "poll", "upload", "parse", "_and_stream", "with_")
    plain = [c for c in candidates if not any(h in c.rsplit(".", 1)[1] for h in helpers)]
    pool = plain or candidates
    return sorted(pool, key=lambda c: (c.startswith("beta."), c.count("."), len(c)))[0]


def build(spec_path: Path) -> dict[str, dict[str, str]]:
    """``operationId -> {resource, method[, sdk][, page]}`` for every operation of the spec."""
    spec = yaml.load(spec_path.read_text(), Loader=yaml.CSafeLoader)
    sdk = sdk_methods()
    out: dict[str, dict[str, str]] = {}
    for path, item in spec["paths"].items():
        for verb, op in item.items():
            if verb not in _VERBS.values():
                continue
            candidates = sdk.get((verb, _norm(path)))
            if op["operationId"] in OVERRIDES:
                resource, method = OVERRIDES[op["operationId"]]
                entry = {"resource": resource, "method": method, "source": "override"}
            elif candidates:
                sdk_name, paged, _ = _pick(candidates).partition("+paged")
                resource, method = sdk_name.rsplit(".", 1)
                entry = {"resource": flatten_resource(resource), "method": method, "sdk": sdk_name}
                if paged:
                    entry["page"] = "post"  # the SDK answers this POST with a page
            else:
                resource, method = derive_name(verb, path)
                entry = {"resource": resource, "method": method, "source": "derived"}
            out[op["operationId"]] = entry
    return out


def main() -> None:
    """Print names.yaml for the spec given as argument (default: the pinned one)."""
    names = build(Path(sys.argv[1] if len(sys.argv) > 1 else "openapi/openapi.yml"))
    header = (
        "# operationId -> official SDK resource path + method name (beta namespaces flattened).\n"
        "# Made by `python -m scripts.codegen.facade.derive_names`, then reviewed by hand.\n"
        "# `sdk:` is the official SDK's own name; `source: derived` marks operations it lacks, `override` a hand-reviewed name.\n"
    )
    sys.stdout.write(header + yaml.safe_dump(names, sort_keys=True, width=120))


if __name__ == "__main__":
    main()
