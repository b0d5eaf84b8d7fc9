"""``FakeOpenAI``: the fake server a test (or ``make demo``) talks to."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from ._clock import FakeClock
from ._faults import Fault, FaultPlan, _parse_route
from ._ids import Ids
from ._routing import ApiError, Call, Route, by_specificity, find
from ._server import WireServer
from ._spec import fake_spec
from ._state import FakeState
from ._wire import RecordedRequest, Reply, json_reply, sse
from .handlers import ROUTES

if TYPE_CHECKING:
    from ..._client import AsyncOpenAIClient, OpenAIClient

__all__ = ["FakeOpenAI"]

#: The key clients of the fake use by default (any non-empty bearer token is accepted).
DEFAULT_API_KEY = "sk-fake-0000000000000000"

#: ``POST`` here with ``fail_next``'s arguments as JSON: a program in another process (or one
#: that only knows ``OPENAI_BASE_URL``) scripts faults too.
CONTROL_PATH = "/_fake/fail_next"


class FakeOpenAI(WireServer):
    """A stateful fake of the OpenAI API on 127.0.0.1, in this process.

    ::

        with FakeOpenAI() as fake:
            client = OpenAIClient(api_key=fake.api_key, base_url=fake.url)
            fake.fail_next("POST /v1/chat/completions", status=429, times=2)
            ...
            assert fake.calls("POST /v1/chat/completions")[-1].json()["model"] == "gpt-4o-mini"

    Canned operations keep state (files, batches, runs, vector stores ...) and answer like
    the API; every other operation of the pinned spec answers a value built from its
    response schema. Statuses move one stage per retrieve (``step_per_poll``) and with fake
    time (``advance``), never with the wall clock.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: FakeClock | None = None,
        seed: int = 0,
        step_per_poll: bool = True,
        api_key: str | None = None,
    ) -> None:
        super().__init__(host, port, redact=True)
        self.clock = clock if clock is not None else FakeClock()
        self.state = FakeState(self.clock, Ids(seed), step_per_poll=step_per_poll)
        self.state.dispatch = self._dispatch
        self.faults = FaultPlan()
        self.api_key = api_key or DEFAULT_API_KEY
        self._check_key = api_key is not None
        #: Sent as ``openai-poll-after-ms``: the client's ``*_and_poll`` helpers wait this long
        #: between polls (0: statuses move per poll, so no test waits on the wall clock).
        self.poll_after_ms = 0
        self._routes: list[Route] = by_specificity(list(ROUTES))

    @property
    def url(self) -> str:
        """The base URL to give a client: ``http://127.0.0.1:<port>/v1``."""
        return super().url + "/v1"

    # what tests call

    def advance(self, seconds: float) -> float:
        """Move fake time forward (statuses due by then move on at the next read)."""
        return self.clock.advance(seconds)

    def fail_next(
        self,
        route: str = "*",
        *,
        times: int = 1,
        status: int | None = None,
        code: str | None = None,
        message: str | None = None,
        param: str | None = None,
        retry_after: float | None = None,
        headers: Mapping[str, str] | None = None,
        reset: bool = False,
        malformed: bool = False,
        delay: float = 0.0,
        cut_after: int | None = None,
        stall_after: int | None = None,
    ) -> None:
        """Make the next ``times`` requests to ``route`` fail.

        ``status`` answers an API error (``code``, ``message``, ``param`` fill its body;
        ``code="insufficient_quota"`` for the quota 429,
        ``retry_after`` seconds adds ``retry-after``/``retry-after-ms``); ``reset`` drops the
        connection (TCP RST); ``malformed`` sends a 200 that is not JSON. Those replace the
        answer. ``delay`` holds the status line back (slow headers); ``cut_after`` /
        ``stall_after`` send that many chunks of the real answer (stream events, or 64-byte
        pieces of a JSON body), then close the connection / go silent.
        """
        fault = Fault(
            status=status,
            code=code,
            message=message,
            param=param,
            retry_after=retry_after,
            headers=tuple((headers or {}).items()),
            reset=reset,
            malformed=malformed,
            delay=delay,
            cut_after=cut_after,
            stall_after=stall_after,
        )
        if fault == Fault():
            raise ValueError(
                "fail_next needs a fault: status, reset, malformed, delay, cut_after or stall_after"
            )
        self.faults.add(route, fault, times)

    def fail_batch_lines(
        self, custom_ids: Iterable[str], *, status: int = 500, times: int = 1
    ) -> None:
        """Batch lines with these ``custom_id``s fail (``status``) the next ``times`` runs."""
        with self.state.lock:
            for custom_id in custom_ids:
                self.state.batch_line_faults[custom_id] = (times, status)

    def expire_next_batches(self, count: int = 1) -> None:
        """The next ``count`` batches to finish expire instead, half their lines answered."""
        with self.state.lock:
            self.state.batch_expirations += count

    def reply_with(self, reply: str | Callable[[str], str]) -> None:
        """What the assistant answers from now on: a fixed text or ``f(last user text)``."""
        self.state.reply = reply if callable(reply) else (lambda _prompt: reply)

    def calls(self, route: str = "*") -> list[RecordedRequest]:
        """The requests received (credentials redacted), optionally only those to ``route``."""
        method, pattern = _parse_route(route)
        out = []
        for request in self.requests:
            path = _api_path(request.path)
            if method not in (None, request.method):
                continue
            if pattern is None or pattern.fullmatch(path):
                out.append(request)
        return out

    def reset(self) -> None:
        """Forget objects, faults and the request log (the clock keeps its time)."""
        with self.state.lock:
            self.state.reset()
        self.faults.clear()
        self.clear_records()

    def client(self, **options: Any) -> OpenAIClient:
        """An ``OpenAIClient`` bound to this fake (``options`` go to the constructor)."""
        from ... import OpenAIClient

        return OpenAIClient(**{"api_key": self.api_key, "base_url": self.url, **options})

    def async_client(self, **options: Any) -> AsyncOpenAIClient:
        """An ``AsyncOpenAIClient`` bound to this fake."""
        from ... import AsyncOpenAIClient

        return AsyncOpenAIClient(**{"api_key": self.api_key, "base_url": self.url, **options})

    # the server side

    def reply_for(self, request: RecordedRequest) -> Reply:
        """Fault, canned answer, or an answer from the spec's schema (server thread)."""
        request_id = self.state.ids.new("req_", 32)
        headers = (
            ("x-request-id", request_id),
            ("openai-processing-ms", "12"),
            ("openai-poll-after-ms", str(self.poll_after_ms)),
        )
        try:
            reply = self._scripted_or_answer(request)
        except ApiError as error:
            reply = error.reply()
        except Exception as exc:  # a bug in the fake must reach the test as a clear 500
            reply = ApiError(500, f"fake server error: {type(exc).__name__}: {exc}").reply()
        return attrs.evolve(reply, headers=(*headers, *reply.headers))

    def _scripted_or_answer(self, request: RecordedRequest) -> Reply:
        if request.path == CONTROL_PATH:
            return self._control(request)
        fault = self.faults.take(request.method, _api_path(request.path))
        if fault is not None and fault.replaces_answer:
            return fault.reply()
        reply = self._answer(request)
        return reply if fault is None else fault.damage(reply)

    def _control(self, request: RecordedRequest) -> Reply:
        if request.method != "POST":
            raise ApiError(405, f"{CONTROL_PATH} takes POST")
        try:
            options = json.loads(request.body or b"{}")
        except ValueError as exc:
            raise ApiError(400, f"{CONTROL_PATH} takes a JSON object: {exc}") from exc
        if not isinstance(options, dict):
            raise ApiError(400, f"{CONTROL_PATH} takes a JSON object")
        try:
            self.fail_next(**options)
        except (TypeError, ValueError) as exc:
            raise ApiError(400, f"{CONTROL_PATH}: {exc}") from exc
        return json_reply({"pending": self.faults.pending})

    def _answer(self, request: RecordedRequest) -> Reply:
        if not request.path.startswith("/v1/"):
            raise ApiError(404, f"Invalid URL ({request.method} {request.path})")
        token = request.headers.get("authorization", "")
        if not token.startswith("Bearer ") or not token[7:].strip():
            raise ApiError(401, "You didn't provide an API key.", code="missing_api_key")
        if self._check_key and token[7:].strip() != self.api_key:
            raise ApiError(401, "Incorrect API key provided.", code="invalid_api_key")
        return self._handle(request, _api_path(request.path))

    def _handle(self, request: RecordedRequest, path: str) -> Reply:
        found = find(self._routes, request.method, path)
        with self.state.lock:
            if found is not None:
                route, params = found
                answer = route.handler(Call(request, params, self.state))
                return answer if isinstance(answer, Reply) else json_reply(answer)
            return self._from_schema(request.method, path, _asks_stream(request))

    def _from_schema(self, method: str, path: str, stream: bool = False) -> Reply:
        matched = fake_spec().match(method, path)
        if matched is None:
            raise ApiError(404, f"Invalid URL ({method} /v1{path})")
        op, params = matched
        if op.media is None or op.schema is None:
            return json_reply({}, status=op.status)
        if not op.media.endswith("json"):
            return Reply(
                status=op.status,
                headers={"content-type": op.media},
                body=b"fake binary content"
                if "octet" in op.media or "audio" in op.media
                else b"Hello from the fake OpenAI server.",
            )
        value = self.state.values.value(op.schema)
        if isinstance(value, dict) and "id" in value:
            own = [v for k, v in params.items() if k.endswith("_id") or k == "model"]
            if own and isinstance(value["id"], str):
                value["id"] = own[-1]  # GET /x/{x_id} answers about that x
        if stream:
            # `stream: true` on an operation without a handler (legacy completions): the
            # answer as the one chunk of an event stream, the API's `[DONE]` after it.
            return sse([value], done=True)
        return json_reply(value, status=op.status)

    def _dispatch(self, method: str, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        """Run one request inside the fake (batch lines); no faults, no log."""
        request = RecordedRequest(
            method=method,
            path="/v1" + path,
            query="",
            headers=httpx.Headers({"content-type": "application/json"}),
            body=json.dumps(body).encode(),
            connection_id=0,
            received_at=0.0,
        )
        try:
            reply = self._handle(request, path)
        except ApiError as error:
            reply = error.reply()
        return reply.status, json.loads(reply.body) if reply.body else None


def _asks_stream(request: RecordedRequest) -> bool:
    """True when a JSON request body says ``"stream": true``."""
    if "json" not in request.headers.get("content-type", "") or not request.body:
        return False
    try:
        body = json.loads(request.body)
    except ValueError:
        return False
    return isinstance(body, dict) and body.get("stream") is True


def _api_path(path: str) -> str:
    return path[3:] if path.startswith("/v1/") else path
