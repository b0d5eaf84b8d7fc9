"""Render one facade method (and the poll / chunked-upload helpers) as source lines.

``render.py`` assembles these into modules; everything per method lives here: the
annotation rewriting, keyword signatures, stream overloads, raw-response twins and the
``Operation`` record each method sends.
"""

from __future__ import annotations

import ast
import builtins
import functools
import re
from collections.abc import Callable
from pathlib import Path

from ..paths import ROOT
from ..sdk_types.display import display_name
from . import docstring
from .plan import MethodPlan, Param, ResourceNode

__all__ = [
    "AND_POLL",
    "POLLERS",
    "RUNTIME_NAMES",
    "UPLOAD_FIRST",
    "chunked_upload",
    "const",
    "method",
    "operation",
    "pollers",
    "upload_first",
]

_RUNTIME = Path(__file__).with_name("templates") / "_facade_runtime.py"
_POLLING = ROOT / "src" / "integrations_openai" / "polling.py"


def _runtime_exports() -> tuple[str, ...]:
    """The names ``_facade_runtime`` exports (its ``__all__``): one list, read from the file."""
    for node in ast.parse(_RUNTIME.read_text()).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return tuple(ast.literal_eval(node.value))
    raise RuntimeError(f"{_RUNTIME} has no __all__")


RUNTIME_NAMES = _runtime_exports()


@functools.cache
def _terminal_statuses() -> dict[str, frozenset[str]]:
    """``polling.TERMINAL_STATUSES`` read from the source, not imported: generation must not
    import the hand-written package (it imports the generated one being rebuilt)."""
    for node in ast.parse(_POLLING.read_text()).body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "TERMINAL_STATUSES"
            and isinstance(node.value, ast.Dict)
        ):
            return {
                ast.literal_eval(key): frozenset(ast.literal_eval(value.args[0]))
                for key, value in zip(node.value.keys, node.value.values, strict=True)
                if key is not None and isinstance(value, ast.Call) and value.args
            }
    raise RuntimeError(f"{_POLLING} has no TERMINAL_STATUSES dict")


_OPTIONS_SIG = (
    "extra_headers: Headers | None = None, extra_query: Query | None = None, "
    "extra_body: Body | None = None, timeout: Timeout | Unset = UNSET, "
    "max_retries: int | Unset = UNSET"
)
_OPTIONS_CALL = "CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries)"
# Resource -> (create method, retrieve method, the object kind polled). The statuses that end
# polling live once, in ``integrations_openai.polling.TERMINAL_STATUSES``: the facade passes
# the kind, and only the generated docstrings read the statuses from there.
POLLERS: dict[str, tuple[str, str, str]] = {
    "threads.runs": ("create", "retrieve", "thread.run"),
    "vector_stores.files": ("create", "retrieve", "vector_store.file"),
    "vector_stores.file_batches": ("create", "retrieve", "vector_store.files_batch"),
    "batches": ("create", "retrieve", "batch"),
    "fine_tuning.jobs": ("create", "retrieve", "fine_tuning.job"),
    "responses": ("create", "retrieve", "response"),
    "videos": ("create", "retrieve", "video"),
}
# Resource -> (helper, the method that starts the work, the child resource whose `poll`
# finishes it, "" for the resource itself): the official SDK's other `*_and_poll` helpers.
AND_POLL: dict[str, tuple[tuple[str, str, str], ...]] = {
    "threads.runs": (("submit_tool_outputs_and_poll", "submit_tool_outputs", ""),),
    "threads": (("create_and_run_poll", "create_and_run", "runs"),),
}
# Resource -> (helper, start method, the body field the uploaded file ids go to): the SDK's
# helpers that first upload local files (``files.create``, purpose "assistants"), then start.
UPLOAD_FIRST: dict[str, tuple[tuple[str, str, str], ...]] = {
    "vector_stores.files": (
        ("upload", "create", "file_id"),
        ("upload_and_poll", "create_and_poll", "file_id"),
    ),
    "vector_stores.file_batches": (("upload_and_poll", "create_and_poll", "file_ids"),),
}
_POLL_SIG = (
    "poll_interval: float | Unset = UNSET, poll_interval_ms: int | Unset = UNSET, "
    "poll_timeout: float | Unset = UNSET"
)
_POLL_PASS = (
    "poll_interval=poll_interval, poll_interval_ms=poll_interval_ms, poll_timeout=poll_timeout"
)


def const(op_id: str) -> str:
    """The module constant holding an operation's ``Operation`` record (``_OP_LISTMODELS``)."""
    return "_OP_" + re.sub(r"\W", "_", op_id).upper()


class _Annotations:
    """Rewrites annotations: dicts accepted for models, files widened, clashes avoided.

    Request parameters are widened to what callers hold: arrays become ``Sequence`` and
    free-form objects ``Mapping[str, Any]``, because ``list`` and ``dict`` are invariant
    (a ``list[ChatCompletionMessageParam]`` or a TypedDict would not match them). Arrays of
    files stay ``list``: a tuple is itself a file value (``(name, content)``)."""

    def __init__(self, models: set[str], shadowed: set[str], aliases: dict[str, str]) -> None:
        self.models = models
        self.shadowed = shadowed
        self.aliases = aliases
        self.used: set[str] = set()

    def render(self, annotation: str, *, widen: bool) -> str:
        tree = ast.parse(annotation, mode="eval").body
        if widen:
            tree = self._widen(tree)
        tree = self._rename(tree)
        return ast.unparse(tree)

    def _is_model(self, node: ast.expr) -> bool:
        return isinstance(node, ast.Name) and node.id in self.models

    def _members(self, node: ast.expr) -> list[ast.expr]:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            return [*self._members(node.left), *self._members(node.right)]
        return [node]

    def _union(self, members: list[ast.expr]) -> ast.expr:
        out = members[0]
        for member in members[1:]:
            out = ast.BinOp(out, ast.BitOr(), member)
        return out

    def _widen(self, node: ast.expr) -> ast.expr:
        members = self._members(node)
        if len(members) == 1:
            if self._is_model(node):
                return self._union([node, _dict_any()])
            if isinstance(node, ast.Name) and node.id == "File":
                return ast.Name("FileInput")
            if isinstance(node, ast.Subscript):
                return self._widen_container(node)
            return node
        widened = [m if self._is_model(m) else self._widen(m) for m in members]
        if any(self._is_model(m) for m in members):
            widened.append(_dict_any())
        return self._union(widened)

    def _widen_container(self, node: ast.Subscript) -> ast.expr:
        if _is_dict_any(node):
            return _dict_any()
        node.slice = (
            ast.Tuple([self._widen(e) for e in node.slice.elts])
            if isinstance(node.slice, ast.Tuple)
            else self._widen(node.slice)
        )
        kind = node.value.id if isinstance(node.value, ast.Name) else ""
        files = isinstance(node.slice, ast.Name) and node.slice.id == "FileInput"
        if kind == "list" and not files:
            node.value = ast.Name("Sequence")
        elif kind == "dict":
            node.value = ast.Name("Mapping")
        return node

    def _rename(self, node: ast.expr) -> ast.expr:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name):
                if sub.id in self.aliases:
                    sub.id = self.aliases[sub.id]
                elif sub.id in self.shadowed and hasattr(builtins, sub.id):
                    sub.id = f"builtins.{sub.id}"
                self.used.add(sub.id.split(".")[0])
        return node


def _dict_any() -> ast.expr:
    return ast.Subscript(ast.Name("Mapping"), ast.Tuple([ast.Name("str"), ast.Name("Any")]))


def _is_dict_any(node: ast.Subscript) -> bool:
    return ast.unparse(node) == "dict[str, Any]"


def _params_sig(
    params: list[Param], ann: _Annotations, *, widen: bool, skip: frozenset[str] = frozenset()
) -> list[str]:
    out = []
    for p in sorted(params, key=lambda p: not p.required):
        if p.wire in skip:
            continue
        text = ann.render(p.annotation, widen=widen)
        if not p.required and "Unset" not in text:
            text += " | Unset"  # a spec default: not sent unless given (the server applies it)
        out.append(f"{p.name}: {text}" if p.required else f"{p.name}: {text} = UNSET")
    return out


#: Keywords an overload replaces: wire name -> the keyword as that overload declares it.
Swap = dict[str, str]


def _signature(
    m: MethodPlan, ann: _Annotations, *, swap: Swap | None = None, extra: str = "", skip: str = ""
) -> str:
    parts = ["self"]
    path = m.path_params
    if path:
        last = path[-1]
        parts.append(f"{last.name}: {ann.render(last.annotation, widen=False)}")
    parts.append("*")
    parts += [f"{p.name}: {ann.render(p.annotation, widen=False)}" for p in path[:-1]]
    swapped = frozenset(swap or ()) | ({skip} if skip else set())
    parts += _params_sig(m.query, ann, widen=True, skip=swapped)
    parts += _params_sig(m.body, ann, widen=True, skip=swapped)
    parts += list((swap or {}).values())
    if extra:
        parts.append(extra)
    parts.append(_OPTIONS_SIG)
    return ", ".join(parts)


def _dict_literal(params: list[Param]) -> str:
    if not params:
        return "None"
    return "{" + ", ".join(f"{p.wire!r}: {p.name}" for p in params) + "}"


BODY_ORDER_PATH = Path(__file__).with_name("body_order.yaml")


@functools.cache
def _body_order() -> dict[str, dict[str, int]]:
    """operationId -> the rank of each body key in the official SDK's order."""
    import yaml

    data: dict[str, list[str]] = yaml.safe_load(BODY_ORDER_PATH.read_text()) or {}
    return {op: {key: i for i, key in enumerate(keys)} for op, keys in data.items()}


def body_literal(m: MethodPlan) -> str:
    """A JSON body's dict in the SDK's key order (``body_order.yaml``; keys it lacks after,
    in spec order): the JSON sent then reads byte for byte as the SDK's. A multipart body
    keeps the spec's order (its parts are not compared as text, and recordings hold it)."""
    rank = _body_order().get(m.operation_id, {}) if m.body_kind == "json" else {}
    return _dict_literal(sorted(m.body, key=lambda p: rank.get(p.wire, len(rank))))


def _call_args(m: MethodPlan) -> str:
    return ", ".join(
        [
            const(m.operation_id),
            _dict_literal(m.path_params),
            _dict_literal(m.query),
            body_literal(m),
            _OPTIONS_CALL,
            *(["as_text=True"] if m.as_text else []),
        ]
    )


def _result(m: MethodPlan, ann: _Annotations, is_async: bool, *, raw: bool = False) -> str:
    """The annotation of what a call gives; ``raw``: what ``.parse()`` of its response gives
    (for a list, the first page itself rather than the paginator)."""
    if m.binary:
        return "BinaryContent"
    if m.page_item:
        pager = ("AsyncPageView" if raw else "AsyncPager") if is_async else "Pager"
        return f"{pager}[{ann.render(m.page_item, widen=False)}]"
    if m.returns:
        return ann.render(m.returns, widen=False)
    return "None"


def _page_body(m: MethodPlan) -> str:
    """The ``body=`` a POST list sends with each page (nothing for a GET list)."""
    return f", body={body_literal(m)}" if m.body else ""


def _stream_test(m: MethodPlan) -> str:
    return "stream is True" if m.stream_switch == "stream" else 'stream_format == "sse"'


def _stream_overloads(m: MethodPlan, ann: _Annotations) -> tuple[str, str, str]:
    """The switch keyword as the non-streaming, the streaming and the general overload
    declare it."""
    if m.stream_switch == "stream":
        return (
            "stream: Literal[False] | None | Unset = UNSET",
            "stream: Literal[True]",
            "stream: bool | None | Unset = UNSET",
        )
    field = next(p for p in m.body if p.wire == m.stream_switch)
    other = ann.render(field.annotation, widen=False)
    return (
        'stream_format: Literal["audio"] | Unset = UNSET',
        'stream_format: Literal["sse"]',
        f"stream_format: {other} = UNSET",
    )


def _format_overloads(m: MethodPlan, ann: _Annotations) -> list[tuple[str, str]]:
    """``response_format`` as each per-format overload declares it, with what it returns
    (the plan's ``formats``; the spec's default, first, may be left out)."""
    out = []
    for i, (values, model) in enumerate(m.formats):
        literal = "Literal[" + ", ".join(repr(v) for v in values) + "]"
        sig = (
            f"response_format: {literal} | Unset = UNSET"
            if i == 0
            else f"response_format: {literal}"
        )
        out.append((sig, ann.render(model, widen=False)))
    return out


def _overloads(
    m: MethodPlan, ann: _Annotations, result: str, stream_t: str
) -> tuple[list[tuple[Swap, str]], Swap, str]:
    """The overloads that tell the type checker what a call returns (one per
    ``response_format`` choice, one for a stream), the implementation's keywords and
    its result. ``result``: what the method returns without a stream."""
    formats = _format_overloads(m, ann)
    if not m.stream_switch:
        if not formats:
            return [], {}, result
        sigs = [({"response_format": sig}, ret) for sig, ret in formats]
        return [*sigs, ({}, result)], {}, result  # last: a format only known at run time
    plain, streaming, either = _stream_overloads(m, ann)
    switch = m.stream_switch
    if formats:
        sigs = [({"response_format": sig, switch: plain}, ret) for sig, ret in formats]
    else:
        sigs = [({switch: plain}, result)]
    sigs += [({switch: streaming}, stream_t), ({switch: either}, f"{result} | {stream_t}")]
    return sigs, {switch: either}, f"{result} | {stream_t}"


def _streaming_method(m: MethodPlan, ann: _Annotations, doc: str, *, is_async: bool) -> list[str]:
    """``with_streaming_response``: a context manager that sends on entry, the body unread."""
    result = _result(m, ann, is_async, raw=True)
    args = _call_args(m)

    def wrap(inner: str) -> str:
        if is_async:
            return f"AbstractAsyncContextManager[AsyncStreamedResponse[{inner}]]"
        return f"AbstractContextManager[StreamedResponse[{inner}]]"

    lines, signature, result = _twin_overloads(m, ann, result, "def", wrap, is_async=is_async)
    if m.stream_switch:
        args += f", stream={_stream_test(m)}"
    result = wrap(result)
    return [
        *lines,
        f"    def {m.name}({signature}) -> {result}:",
        doc,
        f"        return cast({result!r}, self._requester.streaming({args}))",
        "",
    ]


def _twin_overloads(
    m: MethodPlan,
    ann: _Annotations,
    result: str,
    adef: str,
    wrap: Callable[[str], str],
    *,
    is_async: bool,
) -> tuple[list[str], str, str]:
    """The overloads of a raw or streaming-response twin (each result wrapped), the
    implementation's signature and its unwrapped result: ``stream=True`` gives a response
    of an event stream, a ``response_format`` its model, as the plain method does."""
    event = ann.render(m.stream_event or "Any", widen=False)
    stream_t = f"AsyncEventStream[{event}]" if is_async else f"EventStream[{event}]"
    sigs, impl, result = _overloads(m, ann, result, stream_t)
    lines: list[str] = []
    for swap, ret in sigs:
        lines += [
            "    @overload",
            f"    {adef} {m.name}({_signature(m, ann, swap=swap)}) -> {wrap(ret)}: ...",
        ]
    return lines, _signature(m, ann, swap=impl), result


def _arg_docs(m: MethodPlan) -> list[docstring.ArgDoc]:
    """One entry per keyword, in signature order, then the per-call options."""
    path = m.path_params
    params = [*path[-1:], *path[:-1]]
    params += sorted(m.query, key=lambda p: not p.required)
    params += sorted(m.body, key=lambda p: not p.required)
    where = {id(p): "path parameter" for p in path}
    where.update({id(p): "query parameter" for p in m.query})
    out: list[docstring.ArgDoc] = []
    seen: set[str] = set()
    for p in params:
        if p.name in seen:
            continue
        seen.add(p.name)
        text = p.doc or f"The `{p.wire}` {where.get(id(p), 'body field')}."
        if p.name != p.wire:
            text += f" Sent as `{p.wire}`."
        out.append(docstring.ArgDoc(p.name, text))
    out += [docstring.ArgDoc(name, text) for name, text in docstring.OPTION_DOCS.items()]
    return out


def _returns_doc(m: MethodPlan, ann: _Annotations, is_async: bool) -> str:
    if m.binary:
        return "`BinaryContent`: the body, with `.content`, `.text` and `write_to_file()`."
    result = _result(m, ann, is_async)
    if m.page_item:
        first = "awaiting it fetches the first page" if is_async else "the first page"
        return f"`{result}`: {first}; iterating it walks every page, fetched as needed."
    if result == "None":
        return "Nothing: the server answers with an empty body."
    if m.stream_switch:
        event = ann.render(m.stream_event or "Any", widen=False)
        stream_t = "AsyncEventStream" if is_async else "EventStream"
        on = "`stream=True`" if m.stream_switch == "stream" else '`stream_format="sse"`'
        return f"`{result}`; with {on}, an `{stream_t}[{event}]` of typed events."
    return f"`{result}`."


def _doc(m: MethodPlan, ann: _Annotations, *, is_async: bool, raw: bool) -> str:
    """The method's docstring: the spec's words, one ``Args`` entry per keyword, ``Returns``.
    Raw twins keep the summary only (the same keywords, documented on the method itself)."""
    summary = m.summary or m.operation_id
    route = f"`{m.http_method.upper()} {m.path}`"
    if raw:
        return f'        """{summary}\n\n        {route}\n        """'
    body = docstring.render(
        summary, m.description, route, _arg_docs(m), _returns_doc(m, ann, is_async)
    )
    return f'        """{body}"""'


def method(
    m: MethodPlan, ann: _Annotations, *, is_async: bool, raw: bool, streaming: bool = False
) -> list[str]:
    """Source lines of one facade method (its stream overloads and ``*_to_file`` twin too)."""
    doc = _doc(m, ann, is_async=is_async, raw=raw or streaming)
    if streaming:
        return _streaming_method(m, ann, doc, is_async=is_async)
    result = _result(m, ann, is_async, raw=raw)
    requester = "self._requester"
    lines: list[str] = []
    paged = m.page_item is not None and not raw
    adef = "async def" if is_async and not paged else "def"
    aw = "await " if is_async and not paged else ""
    raw_arg = ", raw=True" if raw else ""
    if paged:
        call = f"{requester}.paginate({const(m.operation_id)}, {_dict_literal(m.path_params)}, {_dict_literal(m.query)}, {_OPTIONS_CALL}{_page_body(m)})"
        lines += [f"    def {m.name}({_signature(m, ann)}) -> {result}:"]
        lines += [doc] if doc else []
        lines += [f"        return cast({result!r}, {call})", ""]
        return lines
    if (m.stream_switch or m.formats) and not raw:
        lines, signature, result = _twin_overloads(
            m, ann, result, adef, lambda inner: inner, is_async=is_async
        )
        stream_arg = f", stream={_stream_test(m)}" if m.stream_switch else ""
        lines += [f"    {adef} {m.name}({signature}) -> {result}:"]
        lines += [doc] if doc else []
        lines += [
            f"        return cast({result!r}, {aw}{requester}.request({_call_args(m)}{stream_arg}))",
            "",
        ]
        return lines
    signature = _signature(m, ann)
    if raw:
        if m.stream_switch or m.formats:
            raw_arg += f", stream={_stream_test(m)}" if m.stream_switch else ""
            lines, signature, result = _twin_overloads(
                m, ann, result, adef, lambda inner: f"RawResponse[{inner}]", is_async=is_async
            )
        result = f"RawResponse[{result}]"
    lines += [f"    {adef} {m.name}({signature}) -> {result}:"]
    lines += [doc] if doc else []
    if raw and m.page_item:  # the first page, fetched now, next to its response
        call = f"{requester}.paginate({const(m.operation_id)}, {_dict_literal(m.path_params)}, {_dict_literal(m.query)}, {_OPTIONS_CALL}, raw=True{_page_body(m)})"
        lines += [f"        return cast({result!r}, {aw}{call})", ""]
        return lines
    if result == "None":
        lines += [f"        {aw}{requester}.request({_call_args(m)}{raw_arg})", ""]
    else:
        lines += [
            f"        return cast({result!r}, {aw}{requester}.request({_call_args(m)}{raw_arg}))",
            "",
        ]
    if m.binary and not raw:
        extra = "destination: str | os.PathLike[str]"
        lines += [f"    {adef} {m.name}_to_file({_signature(m, ann, extra=extra)}) -> int:"]
        lines += [
            '        """Like `'
            + m.name
            + '`, streamed to `destination` chunk by chunk; returns the byte count."""'
        ]
        lines += [
            f"        return {aw}{requester}.download({_call_args(m)}, destination)",
            "",
        ]
    return lines


def pollers(node: ResourceNode, ann: _Annotations, *, is_async: bool) -> list[str]:
    """``poll`` and ``create_and_poll`` for a resource listed in ``POLLERS``, and the
    ``AND_POLL`` helpers of the resource (else nothing)."""
    lines: list[str] = []
    spec = POLLERS.get(node.path)
    if spec is not None:
        lines += _poll(node, spec[1], spec[2], ann, is_async=is_async)
        lines += _and_poll(node, "create_and_poll", spec[0], "", ann, is_async=is_async)
    for helper, start, target in AND_POLL.get(node.path, ()):
        lines += _and_poll(node, helper, start, target, ann, is_async=is_async)
    return lines


def _poll(
    node: ResourceNode, retrieve_name: str, kind: str, ann: _Annotations, *, is_async: bool
) -> list[str]:
    retrieve = next(m for m in node.methods if m.name == retrieve_name)
    done = sorted(_terminal_statuses()[kind])
    adef = "async def" if is_async else "def"
    aw = "await " if is_async else ""
    model = _result(retrieve, ann, is_async)
    rpath = retrieve.path_params
    poll_params = ", ".join(
        [f"self, {rpath[-1].name}: str", "*"]
        + [f"{p.name}: str" for p in rpath[:-1]]
        + [_POLL_SIG, _OPTIONS_SIG]
    )
    fetch_path = _dict_literal(rpath)
    return [
        f"    {adef} poll({poll_params}) -> {model}:",
        f'        """Retrieve until the status is one of {", ".join(done)} (honours openai-poll-after-ms).',
        "",
        "        `poll_timeout` (seconds) bounds the whole wait; unset, the kind's default",
        "        (`integrations_openai.polling.DEFAULT_POLL_TIMEOUTS`) applies, so a status that",
        '        never moves ends in `TimeoutError` naming it."""',
        f"        options = {_OPTIONS_CALL}",
        f"        return cast({model!r}, {aw}self._requester.poll(",
        f"            lambda: self._requester.request({const(retrieve.operation_id)}, {fetch_path}, None, None, options, raw=True),",
        f"            kind={kind!r}, {_POLL_PASS},",
        "        ))",
        "",
    ]


def _and_poll(
    node: ResourceNode,
    helper: str,
    start_name: str,
    target: str,
    ann: _Annotations,
    *,
    is_async: bool,
) -> list[str]:
    """``helper``: call ``start_name``, then ``poll`` (on ``self`` or the child ``target``)
    the object it returned. The poll's leading path parameters come from the caller's
    arguments of the same name, else from the started object (``run.thread_id``)."""
    start = next(m for m in node.methods if m.name == start_name)
    polled = node.children[target] if target else node
    retrieve = next(m for m in polled.methods if m.name == POLLERS[polled.path][1])
    adef = "async def" if is_async else "def"
    aw = "await " if is_async else ""
    model = _result(retrieve, ann, is_async)
    sig = _signature(start, ann, extra=_POLL_SIG, skip="stream")
    given = {p.name for p in start.path_params + start.query + start.body}
    poll_args = ["started.id"] + [
        f"{p.name}={p.name if p.name in given else 'started.' + p.wire}"
        for p in retrieve.path_params[:-1]
    ]
    owner = f"self.{target}" if target else "self"
    return [
        f"    {adef} {helper}({sig}) -> {model}:",
        f'        """`{start.name}`, then `poll` until the status is final (within its deadline)."""',
        f"        started = {aw}self.{start.name}("
        + ", ".join(
            [p.name for p in start.path_params[-1:]]
            + [f"{p.name}={p.name}" for p in start.path_params[:-1]]
            + [f"{p.name}={p.name}" for p in start.query + start.body if p.wire != "stream"]
            # A streamable start says stream=false outright, as the SDK's helpers send it.
            + [f"{p.name}=False" for p in start.body if p.wire == "stream"]
            + [
                "extra_headers=extra_headers",
                "extra_query=extra_query",
                "extra_body=extra_body",
                "timeout=timeout",
                "max_retries=max_retries",
            ]
        )
        + ")",
        f"        return {aw}{owner}.poll("
        + ", ".join(
            [
                *poll_args,
                _POLL_PASS,
                "extra_headers=extra_headers",
                "timeout=timeout",
                "max_retries=max_retries",
            ]
        )
        + ")",
        "",
    ]


def upload_first(node: ResourceNode, ann: _Annotations, *, is_async: bool) -> list[str]:
    """The ``UPLOAD_FIRST`` helpers of ``node``: upload the caller's files with
    ``client.files.create`` (purpose "assistants"), then call the start method with their ids.
    A batch uploads up to ``max_concurrency`` files at a time."""
    lines: list[str] = []
    for helper, start_name, id_field in UPLOAD_FIRST.get(node.path, ()):
        create = next(m for m in node.methods if m.name == "create")
        many = id_field.endswith("s")
        polls = start_name.endswith("_and_poll")
        adef = "async def" if is_async else "def"
        aw = "await " if is_async else ""
        model = _result(create, ann, is_async)
        extra = [
            "files: Iterable[FileInput], max_concurrency: int = 5" if many else "file: FileInput"
        ]
        if polls:
            extra.append(_POLL_SIG)
        sig = _signature(create, ann, extra=", ".join(extra), skip="files" if many else id_field)
        files_cls = "AsyncFiles" if is_async else "Files"
        upload = (
            '_Uploads(self._requester).create(file={f}, purpose="assistants", '
            "extra_headers=extra_headers, timeout=timeout, max_retries=max_retries)"
        )
        if many:
            given = f"[*({id_field} if isinstance({id_field}, list) else []), *uploaded]"
            if is_async:
                gather = [
                    "        import asyncio  # here, so that importing the client never loads asyncio",
                    "",
                    "        gate = asyncio.Semaphore(max_concurrency)",
                    "",
                    "        async def one(f: FileInput) -> str:",
                    "            async with gate:",
                    f"                return (await {upload.format(f='f')}).id",
                    "",
                    "        uploaded = list(await asyncio.gather(*(one(f) for f in files)))",
                ]
            else:
                gather = [
                    "        with ThreadPoolExecutor(max(1, max_concurrency)) as pool:",
                    f"            uploaded = list(pool.map(lambda f: {upload.format(f='f')}.id, files))",
                ]
        else:
            given = "uploaded.id"
            gather = [f"        uploaded = {aw}{upload.format(f='file')}"]
        body = [p for p in create.body if p.wire not in (id_field, "files" if many else "")]
        call = ", ".join(
            [p.name for p in create.path_params[-1:]]
            + [f"{p.name}={p.name}" for p in create.path_params[:-1]]
            + [f"{_name_of(create, id_field)}={given}"]
            + [f"{p.name}={p.name}" for p in create.query + body]
            + ([_POLL_PASS] if polls else [])
            + [
                "extra_headers=extra_headers",
                "extra_query=extra_query",
                "extra_body=extra_body",
                "timeout=timeout",
                "max_retries=max_retries",
            ]
        )
        lines += [
            f"    {adef} {helper}({sig}) -> {model}:",
            f'        """Upload the file{"s" if many else ""} (purpose "assistants"), then `{start_name}` with {"their ids" if many else "its id"}."""',
            f"        from ..files import {files_cls} as _Uploads",
            "",
            *gather,
            f"        return {aw}self.{start_name}({call})",
            "",
        ]
    return lines


def _name_of(m: MethodPlan, wire: str) -> str:
    return next(p.name for p in m.body if p.wire == wire)


def chunked_upload(node: ResourceNode, ann: _Annotations, *, is_async: bool) -> list[str]:
    """``uploads.upload_file_chunked``: create, parts in parallel, complete (``uploads.upload_in_parts``)."""
    ops = {m.operation_id: m for m in node.methods}
    create, complete = ops["createUpload"], ops["completeUpload"]
    part = node.children["parts"].methods[0]
    fields = [p for p in create.body if p.wire not in ("bytes",)]
    optional = [Param(p.name, p.wire, p.annotation, p.wire == "purpose") for p in fields]
    params = ", ".join(
        [
            "self",
            "file: FileInput",
            "*",
            *_params_sig(optional, ann, widen=True),
            "part_size: int | Unset = UNSET",
            "concurrency: int | Unset = UNSET",
            _OPTIONS_SIG,
        ]
    )
    model = _result(complete, ann, is_async)
    adef = "async def" if is_async else "def"
    aw = "await " if is_async else ""
    names = ", ".join(
        const(o) for o in ("createUpload", part.operation_id, "completeUpload", "cancelUpload")
    )
    return [
        f"    {adef} upload_file_chunked({params}) -> {model}:",
        '        """Upload a large file in parts (parallel, MD5-checked), streamed from disk."""',
        f"        from .parts import {const(part.operation_id)}",
        "",
        f"        return cast({model!r}, {aw}self._requester.upload_file(",
        f"            ({names}), file, fields={_dict_literal(fields)},",
        f"            part_size=part_size, concurrency=concurrency, options={_OPTIONS_CALL},",
        "        ))",
        "",
    ]


def operation(m: MethodPlan, package: str) -> str:
    """The ``_OP_X = Operation(...)`` line: what the requester needs to send the call."""
    args = [repr(m.operation_id), repr(m.http_method), repr(m.path)]
    # Keyword -> wire name, only where they differ (``include`` -> ``include[]``), for tools
    # that map wire-named data onto the facade (the contract tests).
    renamed_query = {p.name: p.wire for p in m.query if p.name != p.wire}
    if renamed_query:
        args.append(f"query={renamed_query!r}")
    if m.body_kind:
        args.append(f"body={m.body_kind!r}")
    renamed_body = {p.name: p.wire for p in m.body if p.name != p.wire}
    if renamed_body:
        args.append(f"body_fields={renamed_body!r}")
    if m.file_fields:
        args.append(f"file_fields=frozenset({sorted(m.file_fields)!r})")
    if m.response_ref:
        args.append(f'response=Ref("{package}.{m.response_ref}")')
    if m.binary:
        args.append("binary=True")
    if m.stream_ref:
        args.append(f'stream_event=Ref("{package}.{m.stream_ref}")')
    if m.page_item:
        # The SDK's name of the items, as its page class prints (``SyncCursorPage[FileObject]``).
        args.append(f"page_item={display_name(m.page_item)!r}")
    if m.tags:
        args.append(f"tags=frozenset({sorted(m.tags)!r})")
    if m.status != 200:
        args.append(f"status={m.status}")
    models = {
        value: f'Ref("{package}.{m.imports[model]}:{model}.from_dict")'
        for values, model in m.formats
        if model in m.imports
        for value in values
    }
    if models:
        args.append("formats={" + ", ".join(f"{k!r}: {v}" for k, v in models.items()) + "}")
    return f"{const(m.operation_id)} = Operation({', '.join(args)})"
