"""Call a contract case through the public client, by the official SDK's names.

`call(client, case)` turns a case (wire names from the spec) into the keyword call
`client.<resource>.<method>(...)`, using the facade's own operation table to map wire names to
Python names; it then materialises lazy results (first page of a pager, every event of a
stream, bytes of a download) so that every HTTP exchange happens inside the call.
"""

from __future__ import annotations

import functools
import inspect
import re
import sys
from typing import Any

from scripts.contract.cases import Case
from scripts.contract.fixtures import FILES

_PATH_FIELD = re.compile(r"{([^}]+)}")


class CaseError(LookupError):
    """The case names something the public client does not have."""


def resolve_method(client: Any, case: Case) -> Any:
    """The bound public method, e.g. `client.chat.completions.create`."""
    try:
        return functools.reduce(getattr, case.call.split("."), client)
    except AttributeError as exc:
        raise CaseError(f"{case.name}: the client has no {case.call}") from exc


def facade_operation(method: Any, operation_id: str) -> Any:
    """The facade's `Operation` record for `operation_id` (None when it cannot be found)."""
    module = sys.modules.get(type(method.__self__).__module__)
    for value in vars(module).values() if module else ():
        if getattr(value, "operation_id", None) == operation_id and hasattr(value, "body_fields"):
            return value
    return None


def _python_name(wire: str, mapping: Any, accepted: set[str]) -> str | None:
    """The keyword for a wire name: the facade's mapping, the name itself, or `name_`."""
    reverse = {w: p for p, w in dict(mapping or {}).items()}
    for candidate in (reverse.get(wire), wire, f"{wire}_"):
        if candidate and candidate in accepted:
            return candidate
    return None


def call_kwargs(method: Any, case: Case) -> dict[str, Any]:
    """Keyword arguments for `method` from the case's wire-named arguments."""
    op = facade_operation(method, case.operation_id)
    accepted = set(inspect.signature(method).parameters)
    kwargs: dict[str, Any] = {}
    extra_query: dict[str, Any] = {}
    extra_body: dict[str, Any] = {}
    # Path fields appear in the same order in the spec path and the facade's template.
    wire_fields = _PATH_FIELD.findall(case.path)
    py_fields = _PATH_FIELD.findall(op.path) if op is not None else wire_fields
    for wire, py in zip(wire_fields, py_fields, strict=False):
        kwargs[py if py in accepted else wire] = case.path_params[wire]
    for wire, value in case.query.items():
        name = _python_name(wire, getattr(op, "query", None), accepted)
        if name is None:
            extra_query[wire] = value
        else:
            kwargs[name] = value
    body = case.body if isinstance(case.body, dict) else {}
    for wire, value in body.items():
        name = _python_name(wire, getattr(op, "body_fields", None), accepted)
        if name is None:
            extra_body[wire] = value
        else:
            kwargs[name] = value
    for field, file_name in case.files.items():
        content, mime = FILES[file_name]
        name = _python_name(field, getattr(op, "body_fields", None), accepted) or field
        kwargs[name] = (file_name, content, mime)
    if case.headers:
        kwargs["extra_headers"] = dict(case.headers)
    if extra_query:
        kwargs["extra_query"] = extra_query
    if extra_body:
        kwargs["extra_body"] = extra_body
    return kwargs


def materialise(result: Any) -> Any:
    """Finish lazy results inside the call: first page, all stream events, download bytes."""
    if callable(getattr(type(result), "has_next_page", None)):  # a page: its own items
        return list(result.data)
    if hasattr(result, "__next__") or type(result).__name__ in ("Stream", "AsyncStream"):
        events = list(result)
        close = getattr(result, "close", None)
        if close is not None:
            close()
        return events
    read = getattr(result, "read", None)
    if callable(read) and not isinstance(result, bytes | bytearray):
        return read()
    return result


def call(client: Any, case: Case) -> Any:
    """Run one case through the public client and return its materialised result."""
    method = resolve_method(client, case)
    return materialise(method(**call_kwargs(method, case)))


def describe(result: Any) -> str:
    """A short summary of a materialised result (for logs and the demo)."""
    if isinstance(result, list):
        kinds = sorted({type(item).__name__ for item in result})
        return f"{len(result)} item(s): {', '.join(kinds) or '-'}"
    if isinstance(result, bytes | bytearray):
        return f"{len(result)} bytes"
    return type(result).__name__


async def amaterialise(result: Any) -> Any:
    """The async twin of `materialise`."""
    if inspect.isawaitable(result):  # a call, or a paginator: its first page
        result = await result
    if callable(getattr(type(result), "has_next_page", None)):
        return list(result.data)
    if hasattr(result, "__aiter__"):
        events = [event async for event in result]
        close = getattr(result, "aclose", None) or getattr(result, "close", None)
        if close is not None:
            done = close()
            if inspect.isawaitable(done):
                await done
        return events
    return result


async def acall(client: Any, case: Case) -> Any:
    """Run one case through the async public client (same arguments as `call`)."""
    method = resolve_method(client, case)
    return await amaterialise(method(**call_kwargs(method, case)))
