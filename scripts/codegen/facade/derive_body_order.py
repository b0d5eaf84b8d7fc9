"""Derive the order in which the official SDK writes each JSON request body's keys.

A maintenance tool, not part of ``make generate`` (it needs the SDK installed): for every
operation ``names.yaml`` gives an SDK method, it reads the dict literal the method passes as
``body=maybe_transform({...})`` and lists its keys. The result is committed as
``body_order.yaml``; the renderer writes each body dict in that order (keys the SDK lacks
after, in spec order), so the bytes sent read as the SDK's (``{"model":...,"messages":...}``)
for code that prints or compares ``request.content``.

Usage: ``python -m scripts.codegen.facade.derive_body_order > scripts/codegen/facade/body_order.yaml``
"""

from __future__ import annotations

import ast
import inspect
import sys
import textwrap
from typing import Any

import yaml

from .emit import load_names

__all__ = ["body_keys", "derive", "main"]

_TRANSFORMS = frozenset({"maybe_transform", "async_maybe_transform"})


def body_keys(source: str) -> list[str] | None:
    """The keys of the dict literal a method's source passes as ``body=maybe_transform(...)``
    (directly, or through a variable it assigned the literal to: ``params = {...}``)."""
    tree = ast.parse(textwrap.dedent(source))
    literals = {
        target.id: node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    for node in ast.walk(tree):
        if not (isinstance(node, ast.keyword) and node.arg == "body"):
            continue
        call = node.value
        if not (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id in _TRANSFORMS
            and call.args
        ):
            continue
        given = call.args[0]
        literal = literals.get(given.id) if isinstance(given, ast.Name) else given
        if isinstance(literal, ast.Dict):
            return [k.value for k in literal.keys if isinstance(k, ast.Constant)]
        # Prepared elsewhere (`prepare_embedding_request(self, {...})`): the arguments'
        # literal, each key given by the argument of its name.
        for found in ast.walk(tree):
            if (
                isinstance(found, ast.Dict)
                and found.keys
                and all(
                    isinstance(k, ast.Constant) and isinstance(v, ast.Name) and v.id == k.value
                    for k, v in zip(found.keys, found.values, strict=True)
                )
            ):
                return [k.value for k in found.keys if isinstance(k, ast.Constant)]
    return None


def derive() -> dict[str, list[str]]:
    """``operationId -> body keys`` in the SDK's order, for every SDK method with a JSON body."""
    import openai

    client: Any = openai.OpenAI(api_key="unused", base_url="http://127.0.0.1:9/v1")
    out: dict[str, list[str]] = {}
    for operation_id, entry in sorted(load_names().items()):
        target: Any = client
        try:
            for part in str(entry.get("sdk") or "").split("."):
                target = getattr(target, part)
            source = inspect.getsource(target)
        except (AttributeError, OSError, TypeError):
            continue
        keys = body_keys(source)
        if keys:
            out[operation_id] = keys
    return out


def main() -> None:
    """Print the YAML to commit."""
    sys.stdout.write(
        "# operationId -> the official SDK's order of its JSON body keys.\n"
        "# Made by `python -m scripts.codegen.facade.derive_body_order`; do not edit.\n"
    )
    sys.stdout.write(yaml.safe_dump(derive(), sort_keys=True, default_flow_style=None, width=100))


if __name__ == "__main__":
    main()
