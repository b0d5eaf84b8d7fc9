"""HTTP/1.1 on one blocking socket: write a request, read a response head and its body.

The wire half of the sync transport (``_sync_http`` holds the pool). It frames what httpx
hands it (``Content-Length`` or chunked bodies, both ways) and raises only httpx's exceptions,
each of the class httpcore raises for the same failure, so the error boundary above maps them
exactly as before: a socket timeout is ``ReadTimeout``/``WriteTimeout``, a socket failure
``ReadError``/``WriteError``, a peer that closes early or sends what is not HTTP/1.1
``RemoteProtocolError``, a request header that would break the framing ``LocalProtocolError``.

Why not ``http.client``: it parses headers with the ``email`` package (tens of microseconds
per response), has no way to tell a connection read to its end from one left dirty, and
hides the socket a pool must probe before reuse.
"""

from __future__ import annotations

import contextlib
import re
import select
import socket
import ssl
from collections.abc import Iterator
from typing import Final

import httpx

__all__ = ["MAX_HEAD_BYTES", "Connection", "Head"]

#: A response head (status line and headers) larger than this is a protocol error, as in
#: httpcore (h11's ``max_incomplete_event_size``): a server cannot make us buffer without end.
MAX_HEAD_BYTES: Final = 100 * 1024
_RECV_BYTES: Final = 65536
# A request body at most this large goes out with its head in one send (one syscall).
_JOIN_BODY_BYTES: Final = 65536

_TOKEN = rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+"
# What a request's header block may be: token names, values of visible characters, spaces
# and tabs. Anything else (CR, LF, NUL) would let a value end the header and start another.
_REQUEST_HEADERS = re.compile(rb"(?:" + _TOKEN + rb": [\t\x20-\x7e\x80-\xff]*\r\n)*\r\n")
_STATUS_LINE = re.compile(rb"HTTP/1\.([01]) ([0-9]{3})(?: ([^\x00-\x08\x0a-\x1f\x7f]*))?")
_HEADER_LINE = re.compile(rb"(" + _TOKEN + rb"):[ \t]*([^\x00-\x08\x0a-\x1f\x7f]*?)[ \t]*")
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]{1,16})[ \t]*(?:;[^\r\n]*)?\r?")


def _protocol_error(message: str, request: httpx.Request) -> httpx.RemoteProtocolError:
    # Messages never quote what the server sent: a hostile server could echo the key into
    # a header, and this exception travels as the cause of ours, unredacted.
    return httpx.RemoteProtocolError(message, request=request)


class Head:
    """A response head: status, reason, raw headers, and how its body is framed."""

    __slots__ = ("headers", "keep_alive", "length", "reason", "status", "version")

    def __init__(
        self,
        status: int,
        reason: bytes,
        headers: list[tuple[bytes, bytes]],
        length: int | None,
        keep_alive: bool,
        version: bytes = b"HTTP/1.1",
    ) -> None:
        self.version = version
        self.status = status
        self.reason = reason
        self.headers = headers
        #: Body bytes to read; ``-1``: chunked; ``None``: until the server closes.
        self.length = length
        self.keep_alive = keep_alive


class Connection:
    """One HTTP/1.1 connection: a socket, the bytes read past the last message, its state.

    Not thread-safe by itself: the pool lends a connection to one request at a time.
    """

    __slots__ = ("_buffer", "done", "idle_since", "origin", "reusable", "sock")

    def __init__(self, sock: socket.socket, origin: tuple[str, str, int]) -> None:
        self.sock = sock
        self.origin = origin
        self._buffer = b""
        #: The current response's body was read to its end.
        self.done = False
        #: The connection may carry another request once ``done``.
        self.reusable = False
        self.idle_since = 0.0

    # --- the pool's questions -------------------------------------------------------------

    def ready_for_reuse(self) -> bool:
        """Idle and clean: nothing buffered, and the server neither sent bytes nor closed.

        An idle connection the server closed polls readable (its EOF is waiting). A request
        sent on it would be lost, and a POST could not be sent again safely (its bytes may
        have reached the server), so such a connection is dropped before it is chosen.
        """
        if self._buffer:
            return False
        if isinstance(self.sock, ssl.SSLSocket) and self.sock.pending():
            return False
        try:
            fd = self.sock.fileno()
            if fd < 0:
                return False
            poller = select.poll()
            poller.register(fd, select.POLLIN)
            return not poller.poll(0)
        except (OSError, ValueError):
            return False

    def close(self) -> None:
        """Close the socket (idempotent, never raises)."""
        self.reusable = False
        with contextlib.suppress(OSError):
            self.sock.close()

    # --- writing ---------------------------------------------------------------------------

    def send(self, request: httpx.Request, timeout: float | None) -> None:
        """Write ``request``: its head, then its body framed as its headers say.

        A failure to write (other than a timeout) is kept quiet when the server may already
        have answered (it closed early after a 413, say): the response read next tells.
        """
        url = request.url
        lines = [b"%s %s HTTP/1.1\r\n" % (request.method.encode("ascii"), url.raw_path)]
        if "host" not in request.headers:
            lines.append(b"Host: %s\r\n" % url.netloc)
        for name, value in request.headers.raw:
            lines.append(b"%s: %s\r\n" % (name, value))
        lines.append(b"\r\n")
        header_block = b"".join(lines[1:])
        # Every line well formed, and one line per header: a value holding CRLF would pass
        # the pattern as two lines, but not the count.
        if (
            not _REQUEST_HEADERS.fullmatch(header_block)
            or header_block.count(b"\n") != len(lines) - 1
        ):
            raise httpx.LocalProtocolError("illegal request header name or value", request=request)
        head = lines[0] + header_block
        transfer = request.headers.get("transfer-encoding")
        chunked = transfer is not None and transfer.lower() == "chunked"
        self.reusable = request.headers.get("connection", "").lower() != "close"
        self.done = False
        try:
            content: bytes | None = request.content
        except httpx.RequestNotRead:
            content = None
        self.sock.settimeout(timeout)
        try:
            if content is not None and not chunked:
                if len(content) <= _JOIN_BODY_BYTES:
                    self.sock.sendall(head + content)
                else:
                    self.sock.sendall(head)
                    self.sock.sendall(content)
            else:
                self.sock.sendall(head)
                self._send_stream(request, chunked)
        except TimeoutError as exc:
            self.reusable = False
            raise httpx.WriteTimeout(str(exc) or "timed out", request=request) from exc
        except OSError:
            self.reusable = False  # read what the server said, if anything (see above)

    def _send_stream(self, request: httpx.Request, chunked: bool) -> None:
        declared = request.headers.get("content-length")
        sent = 0
        for part in request.stream:  # type: ignore[union-attr]  # a sync request's stream
            if not part:
                continue
            sent += len(part)
            if chunked:
                self.sock.sendall(b"%x\r\n%s\r\n" % (len(part), part))
            else:
                self.sock.sendall(part)
        if chunked:
            self.sock.sendall(b"0\r\n\r\n")
        elif declared is not None and declared.isdigit() and int(declared) != sent:
            self.reusable = False
            raise httpx.LocalProtocolError(
                f"request body was {sent} bytes, Content-Length said {declared}", request=request
            )

    # --- reading ---------------------------------------------------------------------------

    def _recv(self, request: httpx.Request) -> bytes:
        try:
            return self.sock.recv(_RECV_BYTES)
        except TimeoutError as exc:
            raise httpx.ReadTimeout(str(exc) or "timed out", request=request) from exc
        except OSError as exc:
            raise httpx.ReadError(str(exc) or type(exc).__name__, request=request) from exc

    def receive_head(self, request: httpx.Request, timeout: float | None) -> Head:
        """Read the response head (skipping ``1xx`` interim responses) and decide framing."""
        self.sock.settimeout(timeout)
        while True:
            head = self._parse_head(self._read_head(request), request)
            if not 100 <= head.status < 200 or head.status == 101:
                break
        if request.method == "HEAD" or head.status in (204, 304) or head.status == 101:
            head.length = 0
            head.keep_alive = head.keep_alive and head.status != 101
        self.reusable = self.reusable and head.keep_alive and head.length is not None
        if head.length == 0:
            self.done = True
        return head

    def _read_head(self, request: httpx.Request) -> bytes:
        buffer, start = self._buffer, 0
        while True:
            end = buffer.find(b"\r\n\r\n", start)
            if end >= 0:
                self._buffer = buffer[end + 4 :]
                return buffer[:end]
            bare = buffer.find(b"\n\n", start)  # bare-LF heads, as h11 accepts them
            if bare >= 0:
                self._buffer = buffer[bare + 2 :]
                return buffer[:bare]
            if len(buffer) > MAX_HEAD_BYTES:
                self.reusable = False
                raise _protocol_error("response head exceeds the maximum size", request)
            data = self._recv(request)
            if not data:
                self.reusable = False
                if buffer:
                    raise _protocol_error("server closed the connection mid-head", request)
                raise _protocol_error("Server disconnected without sending a response.", request)
            start = max(0, len(buffer) - 3)
            buffer += data

    def _parse_head(self, raw: bytes, request: httpx.Request) -> Head:
        lines = raw.split(b"\n")
        status_line = lines[0].rstrip(b"\r")
        match = _STATUS_LINE.fullmatch(status_line)
        if match is None:
            self.reusable = False
            raise _protocol_error(f"malformed status line ({len(status_line)} bytes)", request)
        minor, code, reason = match.groups()
        headers: list[tuple[bytes, bytes]] = []
        length: int | None = None
        chunked = False
        keep_alive = minor == b"1"
        for line in lines[1:]:
            line = line.rstrip(b"\r")
            if line[:1] in (b" ", b"\t") and headers:  # obsolete line folding
                name, value = headers[-1]
                headers[-1] = (name, value + b" " + line.strip(b" \t"))
                continue
            header = _HEADER_LINE.fullmatch(line)
            if header is None:
                self.reusable = False
                raise _protocol_error(f"malformed header line ({len(line)} bytes)", request)
            name, value = header.groups()
            headers.append((name, value))
            lowered = name.lower()
            if lowered == b"content-length":
                length = self._content_length(value, length, request)
            elif lowered == b"transfer-encoding":
                if value.lower() != b"chunked":
                    self.reusable = False
                    raise _protocol_error("unsupported Transfer-Encoding (only chunked)", request)
                chunked = True
            elif lowered == b"connection":
                tokens = {token.strip() for token in value.lower().split(b",")}
                if b"close" in tokens:
                    keep_alive = False
        framing = -1 if chunked else length
        version = b"HTTP/1.%s" % minor
        return Head(int(code), reason or b"", headers, framing, keep_alive, version)

    def _content_length(self, value: bytes, seen: int | None, request: httpx.Request) -> int:
        values = {part.strip() for part in value.split(b",")}
        if len(values) != 1 or not (only := values.pop()).isdigit() or len(only) > 19:
            self.reusable = False
            raise _protocol_error("malformed Content-Length", request)
        if seen is not None and seen != int(only):
            self.reusable = False
            raise _protocol_error("conflicting Content-Length headers", request)
        return int(only)

    def body(self, head: Head, request: httpx.Request) -> Iterator[bytes]:
        """The body's bytes as they arrive; ``done`` is set before the last piece is yielded."""
        if head.length is None:
            return self._until_close(request)
        if head.length < 0:
            return self._chunked(request)
        return self._sized(head.length, request)

    def _sized(self, left: int, request: httpx.Request) -> Iterator[bytes]:
        expected = left
        while left > 0:
            data = self._buffer
            if data:
                self._buffer = b""
            else:
                data = self._recv(request)
                if not data:
                    self.reusable = False
                    raise _protocol_error(
                        "peer closed connection without sending complete message body: "
                        f"received {expected - left} bytes, expected {expected}",
                        request,
                    )
            if len(data) > left:
                data, self._buffer = data[:left], data[left:]
            left -= len(data)
            if not left:
                self.done = True
            yield data

    def _until_close(self, request: httpx.Request) -> Iterator[bytes]:
        self.reusable = False
        data, self._buffer = self._buffer, b""
        while True:
            if data:
                yield data
            data = self._recv(request)
            if not data:
                self.done = True
                return

    def _more_chunked(self, request: httpx.Request) -> bytes:
        """The next bytes of a chunked body; its end before the last chunk is an error."""
        data = self._recv(request)
        if not data:
            self.reusable = False
            raise _protocol_error(
                "peer closed connection without sending complete message body: "
                "incomplete chunked read",
                request,
            )
        return data

    def _line(self, request: httpx.Request) -> bytes:
        """One line (without its LF) from the buffer and the socket: chunk sizes, trailers."""
        buffer, start = self._buffer, 0
        while (end := buffer.find(b"\n", start)) < 0:
            if len(buffer) > MAX_HEAD_BYTES:
                self.reusable = False
                raise _protocol_error("chunk header or trailer line too long", request)
            data = self._more_chunked(request)
            start = len(buffer)
            buffer += data
        self._buffer = buffer[end + 1 :]
        return buffer[:end]

    def _chunked(self, request: httpx.Request) -> Iterator[bytes]:
        # Each chunk's data is handed on alone, as far as it has arrived, as h11 does: a
        # reader sees the same pieces whichever sync transport is underneath.
        left = 0  # bytes of the current chunk's data still to come
        crlf_due = False  # the CRLF that ends a chunk's data is still to come
        buffer, at = self._buffer, 0
        while True:
            if left:
                part = buffer[at : at + left]
                if part:
                    at += len(part)
                    left -= len(part)
                    crlf_due = not left
                    yield part
                    continue
            elif crlf_due:
                if len(buffer) - at >= 2:
                    if buffer[at : at + 2] != b"\r\n":
                        self.reusable = False
                        raise _protocol_error("malformed chunked body", request)
                    at += 2
                    crlf_due = False
                    continue
            else:
                end = buffer.find(b"\n", at)
                if end >= 0:
                    size = _CHUNK_SIZE.fullmatch(buffer, at, end)
                    if size is None:
                        self.reusable = False
                        raise _protocol_error("malformed chunk size line", request)
                    at = end + 1
                    left = int(size.group(1), 16)
                    if not left:
                        self._buffer = buffer[at:]
                        while self._line(request).rstrip(b"\r"):
                            pass  # trailers: read and dropped, as httpcore does
                        self.done = True
                        return
                    continue
                if len(buffer) - at > MAX_HEAD_BYTES:
                    self.reusable = False
                    raise _protocol_error("chunk size line too long", request)
            buffer, at = buffer[at:] + self._more_chunked(request), 0
