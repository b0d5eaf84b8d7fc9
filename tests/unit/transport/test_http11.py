"""The HTTP/1.1 reader cut at every byte: a response split anywhere by TCP reads the same.

A scripted socket hands the response over in the pieces a test chooses (one byte at a time,
or split at each offset), which a real server cannot be made to do reliably.
"""

from __future__ import annotations

import socket
from collections.abc import Iterable

import httpx
import pytest

from integrations_openai.transport._http11 import Connection

REQUEST = httpx.Request("GET", "http://127.0.0.1/x")
CHUNKED = (
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-A: 1\r\n\r\n"
    b"5;ext=1\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nTrailer: t\r\n\r\n"
)
SIZED = b"HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\nhello world"


class ScriptedSocket:
    """What ``Connection`` needs of a socket, answering ``recv`` with scripted pieces."""

    def __init__(self, pieces: Iterable[bytes], error: OSError | None = None) -> None:
        self.pieces = list(pieces)
        self.error = error
        self.sent = b""
        self.closed = False

    def settimeout(self, timeout: float | None) -> None:
        pass

    def sendall(self, data: bytes) -> None:
        self.sent += data

    def recv(self, size: int) -> bytes:
        if not self.pieces and self.error is not None:
            raise self.error
        return self.pieces.pop(0) if self.pieces else b""

    def fileno(self) -> int:
        return -1

    def close(self) -> None:
        self.closed = True


def read(pieces: Iterable[bytes], request: httpx.Request = REQUEST) -> tuple[Connection, bytes]:
    sock = ScriptedSocket(pieces)
    connection = Connection(sock, ("http", "127.0.0.1", 80))  # type: ignore[arg-type]
    connection.send(request, None)
    head = connection.receive_head(request, None)
    body = b"".join(connection.body(head, request))
    return connection, body


def splits(raw: bytes) -> list[list[bytes]]:
    return [[raw[:i], raw[i:]] for i in range(1, len(raw))] + [[bytes([b]) for b in raw]]


@pytest.mark.parametrize("raw", [CHUNKED, SIZED], ids=["chunked", "sized"])
def test_a_response_split_anywhere_reads_the_same(raw: bytes) -> None:
    for pieces in splits(raw):
        connection, body = read(pieces)
        assert body == b"hello world", pieces
        assert connection.done and connection.reusable


def test_each_chunk_is_handed_on_alone_as_h11_does() -> None:
    sock = ScriptedSocket([CHUNKED])
    connection = Connection(sock, ("http", "127.0.0.1", 80))  # type: ignore[arg-type]
    connection.send(REQUEST, None)
    head = connection.receive_head(REQUEST, None)
    assert list(connection.body(head, REQUEST)) == [b"hello", b" ", b"world"]


def test_the_request_head_is_what_httpx_built() -> None:
    sock = ScriptedSocket([SIZED])
    connection = Connection(sock, ("http", "127.0.0.1", 80))  # type: ignore[arg-type]
    request = httpx.Request("POST", "http://127.0.0.1:8080/a?b=c", content=b"{}")
    connection.send(request, None)
    assert sock.sent.startswith(b"POST /a?b=c HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n")
    assert sock.sent.endswith(b"Content-Length: 2\r\n\r\n{}")


def test_a_request_without_a_host_header_gets_one() -> None:
    sock = ScriptedSocket([SIZED])
    connection = Connection(sock, ("http", "127.0.0.1", 80))  # type: ignore[arg-type]
    request = httpx.Request("GET", "http://127.0.0.1:8080/")
    del request.headers["host"]
    connection.send(request, None)
    assert b"\r\nHost: 127.0.0.1:8080\r\n" in sock.sent


@pytest.mark.parametrize(
    "pieces",
    [
        [CHUNKED[:-30]],  # cut inside the chunks
        [CHUNKED[:-8]],  # cut inside the trailers
        [SIZED[:-3]],
    ],
)
def test_a_cut_body_is_a_protocol_error_at_any_point(pieces: list[bytes]) -> None:
    with pytest.raises(httpx.RemoteProtocolError, match="peer closed"):
        read(pieces)


def test_a_failing_socket_is_a_read_error() -> None:
    sock = ScriptedSocket([SIZED[:-3]], error=ConnectionResetError(104, "reset"))
    connection = Connection(sock, ("http", "127.0.0.1", 80))  # type: ignore[arg-type]
    head = connection.receive_head(REQUEST, None)
    with pytest.raises(httpx.ReadError, match="reset"):
        b"".join(connection.body(head, REQUEST))
    assert not connection.reusable


def test_a_failed_write_still_reads_the_answer() -> None:
    # A server may answer (413, say) and close before reading the whole body.
    class Refusing(ScriptedSocket):
        def sendall(self, data: bytes) -> None:
            raise BrokenPipeError(32, "broken pipe")

    sock = Refusing([b"HTTP/1.1 413 Too Large\r\nContent-Length: 0\r\n\r\n"])
    connection = Connection(sock, ("http", "127.0.0.1", 80))  # type: ignore[arg-type]
    connection.send(httpx.Request("POST", "http://127.0.0.1/", content=b"x"), None)
    head = connection.receive_head(REQUEST, None)
    assert head.status == 413 and not connection.reusable


def test_an_idle_connection_with_a_closed_socket_is_not_ready() -> None:
    connection = Connection(ScriptedSocket([]), ("http", "127.0.0.1", 80))  # type: ignore[arg-type]
    assert not connection.ready_for_reuse()  # fileno() < 0: the socket is gone


def test_an_idle_connection_is_ready_until_the_server_speaks() -> None:
    ours, theirs = socket.socketpair()
    with ours, theirs:
        connection = Connection(ours, ("http", "127.0.0.1", 80))
        assert connection.ready_for_reuse()
        theirs.sendall(b"x")
        assert not connection.ready_for_reuse()
        connection.close()
        connection.close()  # idempotent
        assert not connection.ready_for_reuse()


def test_the_http_version_and_reason_are_reported() -> None:
    sock = ScriptedSocket([b"HTTP/1.0 404\r\nContent-Length: 0\r\n\r\n"])
    connection = Connection(sock, ("http", "127.0.0.1", 80))  # type: ignore[arg-type]
    head = connection.receive_head(REQUEST, None)
    assert (head.status, head.reason, head.version) == (404, b"", b"HTTP/1.0")
    assert not head.keep_alive


def test_a_chunk_split_across_reads_is_handed_on_as_it_arrives() -> None:
    data = [b"%03d" % i * 10 for i in range(300)]  # 300 chunks of 30 bytes
    framed = b"".join(b"%x\r\n%s\r\n" % (len(d), d) for d in data) + b"0\r\n\r\n"
    raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + framed
    for pieces in ([raw], [raw[:5000], raw[5000:]], [raw[:100], raw[100:9001], raw[9001:]]):
        sock = ScriptedSocket(pieces)
        connection = Connection(sock, ("http", "127.0.0.1", 80))  # type: ignore[arg-type]
        head = connection.receive_head(REQUEST, None)
        handed = list(connection.body(head, REQUEST))
        assert b"".join(handed) == b"".join(data)
        assert len(handed) >= 300 and max(map(len, handed)) <= 30
        assert connection.done
