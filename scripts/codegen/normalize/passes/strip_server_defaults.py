"""Pass `strip_server_defaults`: request defaults are the server's, not sent by us."""

from __future__ import annotations

import json
from typing import Any

from .._model import Changes, Context, Pass
from .._walk import iter_schemas


def _is_const(node: dict[str, Any]) -> bool:
    enum = node.get("enum")
    return "const" in node or (isinstance(enum, list) and len(enum) == 1)


def run(spec: dict[str, Any], ctx: Context) -> Changes:
    """Drop every non-const `default`: the server applies its own defaults.

    Construct: `default` on request fields and query parameters (about 85 non-const sites:
    `CreateSpeechRequest.speed = 1.0`, images `size = "1024x1024"`, `limit = 20`...).
    Failure: the generator turns them into attrs defaults, and `to_dict()` / the query
    builder then always send them, even when the caller never set them (so a server-side
    default change, or a parameter the model rejects, bites every call).
    Fix: remove the `default` (the field becomes `T | Unset = UNSET`, omitted unless set)
    and append "Server default: `v`." to its description. Const defaults (`type:
    "function"`, added so callers need not pass them) stay: they must be sent.
    Precision lost: none for data; the default moves from the signature to the docstring.
    """
    changes = Changes()
    for node, site in iter_schemas(spec):
        if "default" not in node or _is_const(node):
            continue
        value = node.pop("default")
        note = f"Server default: `{json.dumps(value)}`."
        description = node.get("description")
        node["description"] = f"{description.rstrip()}\n\n{note}" if description else note
        changes.add("server default moved to the description", site.pointer)
    return changes


PASS = Pass("strip_server_defaults", run)
