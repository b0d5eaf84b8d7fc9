"""A WHATWG server-sent events decoder in two I/O-free layers.

``LineDecoder`` splits bytes into lines (CR, LF or CRLF, even when a CRLF straddles two
chunks) and decodes UTF-8 per whole line, so a multibyte character split across chunks
survives. ``EventDecoder`` is the per-line state machine of the HTML standard
(https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
``SSEParser`` chains both. Nothing here knows about OpenAI or does I/O: the stream drivers
feed it chunks, tests feed it strings.
"""

from __future__ import annotations

import attrs

from ..errors import StreamError

__all__ = [
    "DEFAULT_MAX_LINE_BYTES",
    "EventDecoder",
    "LineDecoder",
    "SSEParser",
    "ServerSentEvent",
]

# One line of an OpenAI stream is one JSON event; the largest are base64 image chunks
# (a few MB). A cap keeps a server that never sends a newline from eating all memory.
DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024

# A reconnection time in ms; longer digit runs are ignored like any invalid value
# (int() refuses more than 4,300 digits and is quadratic below that).
_MAX_RETRY_DIGITS = 18

_CR = 0x0D
_LF = 0x0A
_CR_BYTE = b"\r"
_LF_BYTE = b"\n"
_DATA_PREFIX = b"data: "
_BOM = "\ufeff"


@attrs.frozen(slots=True)
class ServerSentEvent:
    """One dispatched event: ``event`` type (``"message"`` if unnamed), joined ``data``,
    the last event ``id`` seen so far and the ``retry`` reconnection time (ms) if set."""

    data: str
    event: str = "message"
    id: str | None = None
    retry: int | None = None


class LineDecoder:
    """Split a byte stream into text lines; ``feed(chunk)`` then ``flush()`` at the end.

    A CR at the end of a chunk ends a line at once; a LF opening the next chunk is then
    swallowed (it was the second half of a CRLF). Partial lines wait in a ``bytearray``
    that only grows by appends, so a line arriving in many chunks costs linear time.
    A line longer than ``max_line_bytes`` raises ``StreamError``.
    """

    __slots__ = ("_buf", "_errors", "_max", "_skip_lf")

    def __init__(
        self, *, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES, errors: str = "replace"
    ) -> None:
        self._buf = bytearray()
        self._skip_lf = False
        self._max = max_line_bytes
        self._errors = errors

    def _too_long(self) -> StreamError:
        return StreamError(f"event stream line longer than {self._max} bytes")

    def feed(self, chunk: bytes) -> list[str]:
        """Return the lines completed by ``chunk`` (without their terminators)."""
        return [self.text(line) for line in self.feed_raw(chunk)]

    def text(self, line: bytes) -> str:
        """One line of ``feed_raw`` as text (``StreamError`` for invalid UTF-8 when strict)."""
        try:
            return line.decode("utf-8", self._errors)
        except UnicodeDecodeError as exc:
            raise StreamError(f"invalid UTF-8 in event stream: {exc.reason}") from None

    def feed_raw(self, chunk: bytes) -> list[bytes]:
        """``feed`` without the UTF-8 decoding: the completed lines as bytes."""
        if not chunk:
            return []
        if self._skip_lf:
            self._skip_lf = False
            if chunk[0] == _LF:
                chunk = chunk[1:]
                if not chunk:
                    return []
        # Fast path: the first terminator is searched in the new bytes only.
        has_cr = _CR_BYTE in chunk
        if not has_cr and _LF_BYTE not in chunk:
            self._buf += chunk
            if len(self._buf) > self._max:
                raise self._too_long()
            return []
        if self._buf:
            self._buf += chunk
            data = bytes(self._buf)  # one copy per chunk that finishes a buffered line
            self._buf = bytearray()
            has_cr = _CR_BYTE in data
        else:
            data = chunk
        if not has_cr:
            # The common case (LF only): one split, the last piece is the unfinished line.
            lines = data.split(_LF_BYTE)
            last = lines.pop()
            if last:
                self._buf += last
                if len(self._buf) > self._max:
                    raise self._too_long()
            if len(data) > self._max and max(map(len, lines)) > self._max:
                raise self._too_long()
            return lines
        # bytes.splitlines splits on exactly CR, LF and CRLF: the SSE terminators.
        pieces = data.splitlines(keepends=True)
        last = pieces[-1]
        tail = last[-1]
        if tail != _LF and tail != _CR:
            pieces.pop()
            self._buf += last
            if len(self._buf) > self._max:
                raise self._too_long()
        elif tail == _CR:
            self._skip_lf = True
        out = []
        for piece in pieces:
            end = len(piece) - (2 if piece.endswith(b"\r\n") else 1)
            if end > self._max:
                raise self._too_long()
            out.append(piece[:end])
        return out

    def flush(self) -> list[str]:
        """End of stream: an unterminated last line is returned (the event layer decides)."""
        self._skip_lf = False
        if not self._buf:
            return []
        rest, self._buf = self._buf, bytearray()
        return [self.text(bytes(rest))]


class EventDecoder:
    """The WHATWG per-line state machine: ``decode(line)`` returns an event or ``None``."""

    __slots__ = ("_data", "_event", "_last_id", "_retry", "_started")

    def __init__(self) -> None:
        self._data: list[str] = []
        self._event = ""
        self._last_id: str | None = None
        self._retry: int | None = None
        self._started = False

    @property
    def last_event_id(self) -> str | None:
        """The last event id set by the stream (what a reconnect would send)."""
        return self._last_id

    @property
    def retry(self) -> int | None:
        """The last valid ``retry`` value (ms), or ``None``."""
        return self._retry

    @property
    def idle(self) -> bool:
        """Between events: past the first line (its BOM), no data or event name pending."""
        return self._started and not self._data and not self._event

    def decode(self, line: str) -> ServerSentEvent | None:
        """Process one line; an empty line dispatches the pending event, if it has data."""
        if not self._started:
            self._started = True
            if line.startswith(_BOM):
                line = line[1:]
        if not line:
            return self._dispatch()
        if line[0] == ":":
            return None  # comment (keep-alive)
        field, sep, value = line.partition(":")
        if sep and value[:1] == " ":
            value = value[1:]
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id" and "\0" not in value:
            self._last_id = value
        elif (
            field == "retry"
            and len(value) <= _MAX_RETRY_DIGITS
            and value.isascii()
            and value.isdigit()
        ):
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._data:
            self._event = ""
            return None
        sse = ServerSentEvent(
            data="\n".join(self._data),
            event=self._event or "message",
            id=self._last_id,
            retry=self._retry,
        )
        self._data = []
        self._event = ""
        return sse


class SSEParser:
    """Bytes in, events out: ``feed(chunk) -> [events]``, ``close() -> [events]``.

    At end of stream the standard discards an event that was not ended by a blank line;
    ``pending`` tells the caller such a fragment was dropped (a truncated stream).

    ``feed_raw`` is the stream drivers' fast path: an event made of one ``data: `` line and
    nothing else (every event of OpenAI's chat stream) comes out as its data, undecoded
    ``bytes`` (the JSON decoder takes UTF-8 as it is); any other event is a
    ``ServerSentEvent`` decoded line by line by the full state machine. Such bytes carry no
    ``id``/``retry``: ``last_event_id`` still tracks them.
    """

    __slots__ = ("_events", "_lines", "_raw", "pending")

    def __init__(
        self, *, max_line_bytes: int = DEFAULT_MAX_LINE_BYTES, errors: str = "replace"
    ) -> None:
        self._lines = LineDecoder(max_line_bytes=max_line_bytes, errors=errors)
        self._events = EventDecoder()
        # The data of a ``data: `` line that may be a whole plain event (until the next line).
        self._raw: bytes | None = None
        self.pending = False

    @property
    def last_event_id(self) -> str | None:
        """See ``EventDecoder.last_event_id``."""
        return self._events.last_event_id

    def text(self, data: bytes) -> str:
        """Data from ``feed_raw`` as text, decoded as ``feed`` would decode it."""
        return self._lines.text(data)

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode ``chunk``; return the events it completes, in order."""
        self._fold()
        decode = self._events.decode
        text = self._lines.text
        out = []
        for line in self._lines.feed_raw(chunk):
            sse = decode(text(line))
            if sse is not None:
                out.append(sse)
        return out

    def _fold(self) -> None:
        """Hand a data line held by ``feed_raw`` to the state machine."""
        if self._raw is not None:
            self._events.decode("data: " + self._lines.text(self._raw))
            self._raw = None

    def feed_raw(self, chunk: bytes) -> list[bytes | ServerSentEvent]:
        """Decode ``chunk``; plain events as their data bytes (see the class docstring)."""
        events = self._events
        decode = events.decode
        text = self._lines.text
        raw = self._raw
        out: list[bytes | ServerSentEvent] = []
        for line in self._lines.feed_raw(chunk):
            if raw is None:
                if line[:6] == _DATA_PREFIX and events.idle:
                    raw = line[6:]
                    continue
            elif not line:  # the blank line right after it: a plain event
                out.append(raw)
                raw = None
                continue
            else:  # more to this event: the state machine takes it from here
                decode("data: " + text(raw))
                raw = None
            sse = decode(text(line))
            if sse is not None:
                out.append(sse)
        self._raw = raw
        return out

    def close(self) -> list[ServerSentEvent]:
        """End of input. Per the standard an unterminated event is discarded, not dispatched."""
        self._fold()
        tail = self._lines.flush()
        for line in tail:
            self._events.decode(line)
        # Feeding a blank line tells whether a data-carrying fragment was left over.
        self.pending = self._events.decode("") is not None
        return []
