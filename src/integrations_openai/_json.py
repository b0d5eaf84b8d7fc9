"""Bounded JSON decoding: the one place server bytes become Python values.

``json.loads`` recurses once per nesting level, so a body nested a few thousand levels deep
raises ``RecursionError`` (or nests values deeper than any later recursive walk survives).
``loads`` refuses documents deeper than ``MAX_DEPTH`` or larger than ``MAX_BYTES`` before
parsing, with a depth check that costs nothing on short documents, two ``count`` calls on
ordinary ones and one linear pass on the rest; every failure is a ``ValueError``.
``load_body``/``load_event`` map failures to the taxonomy (``ResponseDecodeError``,
``StreamError``) with the request id; error bodies call ``loads`` and treat a
``ValueError`` as "not JSON".

With ``orjson`` installed (the ``fast`` extra) documents are decoded by it, three to four
times faster, with exactly the standard decoder's results: whatever orjson refuses
(``NaN``/``Infinity``, out-of-range numbers, lone surrogates, a BOM) is decoded again by the
standard decoder, and a document with a run of 19 digits or more (an integer orjson would turn
into a float) goes to the standard decoder at once. So does a document over ``FAST_MAX_BYTES``:
orjson's working memory peaks near twelve times the document (10 MiB for an 800 KiB
embeddings body, against 1.6 MiB for the standard decoder), and on a large document its
speed matters least.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from itertools import accumulate
from typing import Any

from .errors import ResponseDecodeError, StreamError

# The errors package imports nothing from here at module level (its error-body parser imports
# ``loads`` when called), so the taxonomy can stay a dependency of this module.
__all__ = [
    "FAST_MAX_BYTES",
    "MAX_BYTES",
    "MAX_DEPTH",
    "JSONLimitError",
    "load_body",
    "load_event",
    "loads",
]

# Real OpenAI documents nest a few dozen levels (JSON schemas in tool definitions are the
# deepest); the generated parsers and our accumulators recurse once per level too.
MAX_DEPTH = 256
# Above the 32 MiB SSE line cap and any real body (embeddings are sent as base64).
MAX_BYTES = 256 * 1024 * 1024

_SNIPPET = 200
# The decoder's bound method skips json.loads' per-call argument handling (hot path).
_decode = json.JSONDecoder().decode
# A JSON string (escapes included); the unrolled form keeps the regex engine linear.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
# orjson turns integers beyond 64 bits into floats; the standard decoder keeps them exact.
# Digits all read "0" after this table, so one substring search finds any 19-digit run.
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 19


def _find_fast() -> Callable[[bytes], Any] | None:
    """orjson's decoder when the ``fast`` extra is installed."""
    try:
        from orjson import loads as fast
    except ImportError:  # pragma: no cover - depends on the environment; tests patch ``_fast``
        return None
    return fast


#: Documents up to this size go to orjson (events and ordinary bodies); larger ones to the
#: standard decoder, whose peak memory stays near the document's size.
FAST_MAX_BYTES = 64 * 1024

# The fast decoder, or ``None``: the standard one decodes everything.
_fast = _find_fast()
# What ``_fast_loads`` returns for a document only the standard decoder decodes exactly.
_REFUSED: Any = object()


class JSONLimitError(ValueError):
    """A document over the depth or size bound (a ``ValueError``, like a syntax error)."""


def _depth_exceeds(data: str | bytes, limit: int) -> bool:
    """Whether brackets outside strings nest deeper than ``limit`` (linear time).

    Fewer openers than the limit cannot nest deeper, so two ``count`` calls settle most
    documents (UTF-8 never hides an ASCII bracket inside a multibyte character).
    """
    if isinstance(data, str):
        if data.count("[") + data.count("{") <= limit:
            return False
        text = data
    else:
        if data.count(b"[") + data.count(b"{") <= limit:
            return False
        text = data.decode("utf-8-sig")
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text)).encode("ascii")
    return max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0) > limit


def loads(data: str | bytes, *, max_depth: int = MAX_DEPTH, max_bytes: int = MAX_BYTES) -> Any:
    """``json.loads`` bounded in depth and size; every failure is a ``ValueError``.

    ``bytes`` must be UTF-8 (a BOM is tolerated); invalid UTF-8 raises
    ``UnicodeDecodeError``, a ``ValueError`` too.
    """
    size = len(data)
    if size > max_bytes:
        raise JSONLimitError(f"JSON document of {size} bytes exceeds {max_bytes}")
    # A valid document deeper than the limit has more than 2 * limit brackets, so short
    # ones (most events) skip the check; fewer openers than the limit cannot nest deeper.
    if size > 2 * max_depth and _depth_exceeds(data, max_depth):
        raise JSONLimitError(f"JSON nested deeper than {max_depth} levels")
    fast = _fast
    if fast is not None and size <= FAST_MAX_BYTES:
        if type(data) is bytes:  # the common case inline (event data, response bodies)
            if _LONG_NUMBER not in data.translate(_DIGITS_AS_ZERO):
                try:
                    return fast(data)
                except ValueError:  # orjson is stricter: the standard decoder decides
                    pass
        else:
            value = _fast_loads(fast, data)
            if value is not _REFUSED:
                return value
    text = data if isinstance(data, str) else data.decode("utf-8-sig")
    try:
        return _decode(text)
    except RecursionError:  # the stack was already deep: same verdict as the pre-check
        raise JSONLimitError("JSON nested too deeply for the stack") from None


def _fast_loads(fast: Callable[[bytes], Any], data: str | bytes) -> Any:
    """orjson's value for ``data``, or ``_REFUSED`` where only the standard decoder is exact."""
    if isinstance(data, str):
        try:
            data = data.encode()
        except UnicodeEncodeError:  # a lone surrogate: the standard decoder takes it as is
            return _REFUSED
    if _LONG_NUMBER in data.translate(_DIGITS_AS_ZERO):
        return _REFUSED
    try:
        return fast(data)
    except ValueError:  # orjson is stricter: the standard decoder gives the verdict
        return _REFUSED


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def load_body(
    content: str | bytes, *, status_code: int | None = None, request_id: str | None = None
) -> Any:
    """A response body as JSON; anything unreadable is a ``ResponseDecodeError``."""
    try:
        return loads(content)
    except ValueError as exc:
        raise ResponseDecodeError(
            f"response body is not valid JSON ({_describe(exc)})",
            status_code=status_code,
            request_id=request_id,
        ) from exc


def load_event(data: str, *, request_id: str | None = None) -> Any:
    """One SSE event's ``data`` as JSON; anything unreadable is a ``StreamError``."""
    try:
        return loads(data)
    except ValueError as exc:
        raise StreamError(
            f"event data is not valid JSON ({_describe(exc)}): {data[:_SNIPPET]!r}",
            request_id=request_id,
            body=data[:_SNIPPET],
        ) from None
