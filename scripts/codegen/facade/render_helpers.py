"""Render the official SDK's helper methods: ``parse`` (structured outputs) and ``stream``
(stream managers) on the resources the SDK gives them to.

Like ``POLLERS``, one table says where each helper goes and which operation it wraps; the
signature is the wrapped operation's (minus ``stream``), plus the helper's own keywords.
The generated method only hands the call to the requester (``parse_helper`` /
``stream_helper``, implemented by ``integrations_openai._requester``); the types it returns
come from ``_helper_types`` (copied verbatim into the package).
"""

from __future__ import annotations

import ast
import dataclasses
import functools
from pathlib import Path

from .plan import MethodPlan, Param, ResourceNode
from .render_method import (
    _OPTIONS_CALL,
    _Annotations,
    _dict_literal,
    _signature,
    body_literal,
    const,
)

__all__ = ["HELPERS", "Helper", "helper_imports", "helpers"]

_TYPES = "_helper_types"


@dataclasses.dataclass(frozen=True)
class Helper:
    """One helper method: ``name`` wraps the resource's ``base`` method."""

    name: str
    kind: str  # what the requester runs: "chat.parse", "responses.stream"...
    base: str
    returns: str  # sync annotation; ``Async`` is prefixed for the async class if ``stream``
    stream: bool  # returns a manager (plain ``def`` on both classes)
    typed: dict[str, str] = dataclasses.field(default_factory=dict)  # wire -> annotation
    extra: tuple[Param, ...] = ()  # keywords of the helper alone (not sent as body fields)
    also: tuple[str, ...] = ()  # other methods whose operations the helper needs
    optional: bool = False  # every body field optional (another way to start exists)


_FORMAT = "type[ParsedT] | {orig}"
_HANDLER = Param("event_handler", "event_handler", "HandlerT | None", False)
_TEXT_FORMAT = Param("text_format", "text_format", "type[ParsedT] | Unset", False)
HELPERS: dict[str, tuple[Helper, ...]] = {
    "chat.completions": (
        Helper(
            "parse", "chat.parse", "create", "ParsedChatCompletion[ParsedT]", False,
            typed={"response_format": _FORMAT},
        ),
        Helper(
            "stream", "chat.stream", "create", "ChatCompletionStreamManager[ParsedT]", True,
            typed={"response_format": _FORMAT},
        ),
    ),
    "responses": (
        Helper(
            "parse", "responses.parse", "create", "ParsedResponse[ParsedT]", False,
            extra=(_TEXT_FORMAT,),
        ),
        Helper(
            "stream", "responses.stream", "create", "ResponseStreamManager[ParsedT]", True,
            extra=(
                _TEXT_FORMAT,
                Param("response_id", "response_id", "str | Unset", False),
                Param("starting_after", "starting_after", "int | Unset", False),
                Param("resume", "resume", "bool", False),
            ),
            also=("retrieve",),
            optional=True,
        ),
    ),
    # Assistants: the caller's AssistantEventHandler subclass receives the callbacks.
    "threads.runs": (
        Helper(
            "stream", "assistants.stream", "create", "AssistantStreamManager[HandlerT]", True,
            extra=(_HANDLER,),
        ),
        Helper(
            "create_and_stream", "assistants.stream", "create",
            "AssistantStreamManager[HandlerT]", True, extra=(_HANDLER,),
        ),
        Helper(
            "submit_tool_outputs_stream", "assistants.stream", "submit_tool_outputs",
            "AssistantStreamManager[HandlerT]", True, extra=(_HANDLER,),
        ),
    ),
    "threads": (
        Helper(
            "create_and_run_stream", "assistants.stream", "create_and_run",
            "AssistantStreamManager[HandlerT]", True, extra=(_HANDLER,),
        ),
    ),
}  # fmt: skip


@functools.cache
def _exports(path: Path) -> tuple[str, ...]:
    """The ``__all__`` of a template module, read from its source."""
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return tuple(ast.literal_eval(node.value))
    raise RuntimeError(f"{path} has no __all__")


def helper_imports(node: ResourceNode) -> dict[str, str]:
    """Annotation name -> module for the helpers of ``node`` (nothing if it has none)."""
    if node.path not in HELPERS:
        return {}
    names = _exports(Path(__file__).with_name("templates") / f"{_TYPES}.py")
    return dict.fromkeys(names, _TYPES)


def _with_stream_slot(base: MethodPlan, plan: MethodPlan) -> MethodPlan:
    """The helper's body with ``"stream": UNSET`` where the operation has it: the helper
    fills it in (``structured.prepare``), at the SDK's place in the body."""
    if not any(p.wire == "stream" for p in base.body):
        return plan
    return dataclasses.replace(plan, body=[*plan.body, Param("UNSET", "stream", "Unset", False)])


def _plan(base: MethodPlan, helper: Helper) -> MethodPlan:
    body = []
    for p in base.body:
        if p.wire == "stream":
            continue
        annotation = helper.typed.get(p.wire, "{orig}").format(orig=p.annotation)
        body.append(
            dataclasses.replace(
                p, annotation=annotation, required=p.required and not helper.optional
            )
        )
    return dataclasses.replace(base, body=body, stream_switch=None)


def _view_returns(returns: str, view: str, *, is_async: bool) -> str:
    """What a view's helper returns: the SDK's raw/streaming wrappers around ``returns``."""
    if view == "Raw":
        return f"RawResponse[{returns}]"
    if view == "Streaming":
        if is_async:
            return f"AbstractAsyncContextManager[AsyncStreamedResponse[{returns}]]"
        return f"AbstractContextManager[StreamedResponse[{returns}]]"
    return returns


def helpers(node: ResourceNode, ann: _Annotations, *, is_async: bool, view: str = "") -> list[str]:
    """Source lines of the helper methods of ``node`` for one class (sync or async).

    ``view`` (``"Raw"``, ``"Streaming"``) renders them for a response view, as the SDK's
    views wrap its helpers: a helper that returns a result (``parse``) is offered there
    too, returning that result's raw response (or a manager over it); a helper that
    returns a stream manager has nothing to wrap, so a view leaves it out.
    """
    by_name = {m.name: m for m in node.methods}
    lines: list[str] = []
    for helper in HELPERS.get(node.path, ()):
        if view and helper.stream:
            continue
        base = by_name[helper.base]
        plan = _plan(base, helper)
        extras = []
        for p in helper.extra:
            default = {"bool": " = False"}.get(p.annotation, " = UNSET")
            annotation = p.annotation
            if is_async:
                annotation = annotation.replace("HandlerT", "AsyncHandlerT")
            if "None" in annotation.split(" | "):
                default = " = None"
            extras.append(f"{p.name}: {ann.render(annotation, widen=False)}{default}")
        signature = _signature(plan, ann, extra=", ".join(extras))
        returns = ("Async" if is_async and helper.stream else "") + helper.returns
        if is_async:
            returns = returns.replace("[HandlerT]", "[AsyncHandlerT]")
        returns = _view_returns(ann.render(returns, widen=False), view, is_async=is_async)
        ops = {"create": base, **{name: by_name[name] for name in helper.also}}
        ops_literal = (
            "{" + ", ".join(f"{k!r}: {const(m.operation_id)}" for k, m in ops.items()) + "}"
        )
        extra_literal = "{" + ", ".join(f"{p.wire!r}: {p.name}" for p in helper.extra) + "}"
        args = (
            f"{helper.kind!r}, {ops_literal}, {_dict_literal(plan.path_params)}, "
            f"{body_literal(_with_stream_slot(base, plan))}, {extra_literal}, {_OPTIONS_CALL}"
        )
        if view == "Raw":
            args += ", raw=True"
        if helper.stream:
            adef, aw, call = "def", "", "stream_helper"
        elif view == "Streaming":
            adef, aw, call = "def", "", "parse_streaming"
        else:
            adef, aw = ("async def", "await ") if is_async else ("def", "")
            call = "parse_helper"
        sdk = f"`{helper.base}`"
        doc = (
            f"{sdk} as a stream manager: typed events, text deltas, the final result."
            if helper.stream
            else f"{sdk}, the answer parsed into the requested type (structured outputs)."
        )
        if view:
            doc += " `.parse()` of the response gives that result."
        lines += [
            f"    {adef} {helper.name}({signature}) -> {returns}:",
            f'        """{doc}"""',
            f"        return cast({returns!r}, {aw}self._requester.{call}({args}))",
            "",
        ]
    return lines
