"""Naming rules for operations the official SDK lacks, and the beta flattening."""

from __future__ import annotations

import re

__all__ = ["BETA_ALSO", "OVERRIDES", "derive_name", "flatten_resource"]

# Reviewed by hand: the SDK names this operation, but on a different path than the spec.
OVERRIDES: dict[str, tuple[str, str]] = {
    # spec: POST /evals/{eval_id}/runs/{run_id}; SDK: evals.runs.cancel on .../cancel
    "cancelEvalRun": ("evals.runs", "cancel"),
}

# The facade flattens the SDK's beta namespaces: client.beta.assistants -> client.assistants.
_BETA = "beta."

# Namespaces the SDK also serves under ``beta`` though it names their operations without it
# (``client.beta.chat.completions.parse``, from when the parse helpers were beta): scripts
# written then still call them, so ``client.beta.<x>`` is ``client.<x>`` for these too.
BETA_ALSO: tuple[str, ...] = ("chat",)

_VERB_NAMES = {
    "get": "retrieve",
    "post": "create",
    "delete": "delete",
    "put": "update",
    "patch": "update",
}
_PARAM = re.compile(r"^\{[^}]+\}$")


def flatten_resource(resource: str) -> str:
    """``beta.threads.runs`` -> ``threads.runs``; non-beta paths are unchanged."""
    return resource[len(_BETA) :] if resource.startswith(_BETA) else resource


def derive_name(verb: str, path: str) -> tuple[str, str]:
    """Resource path and method name for an operation the SDK does not have.

    Static path segments become the resource path (``/organization/groups/{id}/users`` ->
    ``organization.groups.users``); the method follows the SDK's habits: ``list`` for a GET
    on a collection, ``retrieve`` on an item, ``create``/``update``/``delete``, and a
    trailing action segment (``/cancel``) becomes the method name on its parent.
    """
    segments = [s for s in path.strip("/").split("/") if s]
    static = [s for s in segments if not _PARAM.match(s)]
    ends_with_param = bool(segments) and bool(_PARAM.match(segments[-1]))
    if verb == "post" and not ends_with_param and len(static) > 1 and _is_action(segments):
        action = static[-1]
        return ".".join(static[:-1]), action
    resource = ".".join(static)
    if verb == "get":
        method = "retrieve" if ends_with_param or _is_singleton(static[-1]) else "list"
    elif verb == "post":
        method = "update" if ends_with_param else "create"
    else:
        method = _VERB_NAMES[verb]
    return resource, method


def _is_action(segments: list[str]) -> bool:
    # /x/{id}/cancel: an action on an item (the segment before it is a parameter).
    return len(segments) >= 2 and bool(_PARAM.match(segments[-2]))


def _is_singleton(segment: str) -> bool:
    return segment in {"content", "data_retention", "model_permissions", "hosted_tool_permissions"}
