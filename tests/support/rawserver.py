"""A byte-scripted HTTP/1.1 server on 127.0.0.1, for what a well-behaved server never sends.

``tests/support/faultserver.py`` builds correct responses (and faults of timing and
truncation); this one answers each request with the exact bytes a test scripts, so a test can
send a malformed status line, a huge head, bare LF line endings or folded headers::

    with RawServer() as server:
        server.script(b"HTTP/1.1 200 OK\\r\\nContent-Length: 2\\r\\n\\r\\nok", CLOSE)
        httpx.get(server.url)             # -> 200 "ok", then the server closes the connection

A script item is the bytes of one reply, or after it one of: ``CLOSE`` (close the connection
once the reply is sent, without saying so), ``RESET`` (abort it with a TCP RST instead of
answering), ``HOLD`` (never answer; the connection stays open until the server stops).
``closed`` is set whenever the server closes a connection; ``requests`` records each request
(head and decoded body) and ``accepts`` the TCP connections accepted.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections import deque
from typing import Any, Self

__all__ = ["CLOSE", "HOLD", "RESET", "RawServer"]

CLOSE = "close"
RESET = "reset"
HOLD = "hold"


class RawServer:
    """See the module docstring."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._script: deque[Any] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._sockets: list[socket.socket] = []
        self.requests: list[tuple[bytes, bytes]] = []
        self.accepts = 0
        self.closed = threading.Event()

    def script(self, *items: Any) -> None:
        """Queue replies (and connection actions), one reply per incoming request."""
        with self._lock:
            self._script.extend(items)

    def __enter__(self) -> Self:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                sock.close()

    def _accept(self) -> None:
        while True:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.accepts += 1
                self._sockets.append(sock)
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        reader = sock.makefile("rb")
        try:
            while True:
                head = b""
                while not head.endswith(b"\r\n\r\n"):
                    line = reader.readline()
                    if not line:
                        return
                    head += line
                body = _read_body(reader, head)
                with self._lock:
                    self.requests.append((head, body))
                    reply = self._script.popleft() if self._script else b""
                    action = (
                        self._script[0]
                        if self._script and isinstance(self._script[0], str)
                        else None
                    )
                    if action is not None and reply not in (RESET, HOLD):
                        self._script.popleft()
                if reply == RESET:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                if reply == HOLD:
                    self._stopping.wait()
                    return
                sock.sendall(reply)
                if action == CLOSE:
                    return
        except (OSError, ValueError):  # the client went away mid-request
            return
        finally:
            reader.close()
            sock.close()
            self.closed.set()


def _read_body(reader: Any, head: bytes) -> bytes:
    headers = {}
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip()
    if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
        body = b""
        while size := int(reader.readline().split(b";")[0], 16):
            body += reader.read(size)
            reader.readline()
        reader.readline()
        return body
    length = int(headers.get(b"content-length", b"0"))
    return reader.read(length) if length else b""
