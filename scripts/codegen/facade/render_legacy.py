"""Render the official SDK's older spellings, kept so code written against it keeps working.

``TEXT_TWINS``: deprecated ``str`` twins of binary downloads (``files.retrieve_content`` is
``files.content`` read as text), in the resource class and in both response views, each
warning ``DeprecationWarning`` when called as the SDK's do. ``BODY_TWINS``: deprecated
unpaginated twins of list methods (``fine_tuning.checkpoints.permissions.retrieve`` is one
``list`` call answered as the list body, not a page), warning the same way (a streamed view
of a list parses pages, which read through to the body). ``WAITERS``: the SDK's
``wait_for_processing``-style helpers, retrieve-until-final on the shared polling core with
the SDK's keywords (``poll_interval``, ``max_wait_seconds``) and defaults.
"""

from __future__ import annotations

import dataclasses

from .plan import ResourceNode
from .render_method import (
    _OPTIONS_CALL,
    _OPTIONS_SIG,
    _Annotations,
    _result,
    _terminal_statuses,
    const,
    method,
)

__all__ = ["BODY_TWINS", "TEXT_TWINS", "WAITERS", "text_twins", "waiters"]

# Resource -> (twin, the binary download it reads as text).
TEXT_TWINS: dict[str, tuple[tuple[str, str], ...]] = {
    "files": (("retrieve_content", "content"),),
}
# Resource -> (twin, the paginated list it answers as one list body).
BODY_TWINS: dict[str, tuple[tuple[str, str], ...]] = {
    "fine_tuning.checkpoints.permissions": (("retrieve", "list"),),
}
# Resource -> (helper, retrieve method, polled kind, default interval, default deadline).
WAITERS: dict[str, tuple[tuple[str, str, str, float, float], ...]] = {
    "files": (("wait_for_processing", "retrieve", "file", 5.0, 30 * 60.0),),
}


def text_twins(
    node: ResourceNode, ann: _Annotations, *, is_async: bool, raw: bool, streaming: bool
) -> list[str]:
    """Source lines of the ``TEXT_TWINS`` and ``BODY_TWINS`` of ``node`` for one class (plain,
    raw or streaming), each with the name of the method it stands for."""
    by_name = {m.name: m for m in node.methods}
    lines: list[str] = []
    twins = [
        (
            base_name,
            dataclasses.replace(
                by_name[base_name],
                name=twin,
                binary=False,
                returns="str",
                response_ref=None,
                as_text=True,
                summary=f"Deprecated: `{base_name}` read as text (the official SDK's `{twin}`).",
                description="",
            ),
        )
        for twin, base_name in TEXT_TWINS.get(node.path, ())
    ]
    twins += [
        (
            base_name,
            dataclasses.replace(
                by_name[base_name],
                name=twin,
                # A streamed view reads a list as pages (which read through to the body).
                page_item=by_name[base_name].page_item if streaming else None,
                summary=f"Deprecated: one `{base_name}` call, its body unpaginated (the "
                f"official SDK's `{twin}`).",
                description="",
            ),
        )
        for twin, base_name in BODY_TWINS.get(node.path, ())
    ]
    for base_name, plan in twins:
        twin = plan.name
        rendered = method(plan, ann, is_async=is_async, raw=raw, streaming=streaming)
        at = next(i for i, line in enumerate(rendered) if line.startswith("        return "))
        rendered.insert(
            at,
            f'        warnings.warn("`{twin}` is deprecated: use `{base_name}`",'
            " DeprecationWarning, stacklevel=2)",
        )
        lines += rendered
    return lines


def waiters(node: ResourceNode, ann: _Annotations, *, is_async: bool) -> list[str]:
    """Source lines of the ``WAITERS`` of ``node`` for the resource class (sync or async)."""
    lines: list[str] = []
    for helper, retrieve_name, kind, interval, deadline in WAITERS.get(node.path, ()):
        retrieve = next(m for m in node.methods if m.name == retrieve_name)
        (path_param,) = retrieve.path_params
        adef, aw = ("async def", "await ") if is_async else ("def", "")
        model = _result(retrieve, ann, is_async)
        done = ", ".join(sorted(_terminal_statuses()[kind]))
        params = (
            f"self, id: str, *, poll_interval: float = {interval!r}, "
            f"max_wait_seconds: float = {deadline!r}, {_OPTIONS_SIG}"
        )
        fetch = (
            f"self._requester.request({const(retrieve.operation_id)}, "
            f"{{{path_param.wire!r}: id}}, None, None, options, raw=True)"
        )
        lines += [
            f"    {adef} {helper}({params}) -> {model}:",
            '        """Retrieve every `poll_interval` seconds until the status is final.',
            "",
            f"        Final: {done}. After `max_wait_seconds`, `TimeoutError` (also a",
            '        `RuntimeError`, as the official SDK raises); honours openai-poll-after-ms."""',
            f"        options = {_OPTIONS_CALL}",
            f"        return cast({model!r}, {aw}self._requester.poll(",
            f"            lambda: {fetch},",
            f"            kind={kind!r}, poll_interval=poll_interval, poll_timeout=max_wait_seconds,",
            "        ))",
            "",
        ]
    return lines
