"""Routes of the fake: ``(method, path template) -> handler``, the call a handler gets, and
the API-shaped error a handler raises."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote

import attrs

from ._multipart import Form, parse_form
from ._spec import compile_template
from ._wire import RecordedRequest, Reply, error_reply

if TYPE_CHECKING:
    from ._state import FakeState

__all__ = ["Answer", "ApiError", "Call", "Handler", "Route", "RouteTable"]

#: A handler answers with a JSON-able object (sent with status 200) or a complete ``Reply``.
Answer = dict[str, Any] | Reply
Handler = Callable[["Call"], Answer]

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "invalid_request_error",
    403: "invalid_request_error",
    404: "invalid_request_error",
    409: "invalid_request_error",
    422: "invalid_request_error",
    429: "requests",
}


class ApiError(Exception):
    """An answer in the API's error shape: ``{"error": {message, type, param, code}}``."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str | None = None,
        param: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type or _ERROR_TYPES.get(status, "server_error")
        self.param = param
        self.code = code

    def reply(self, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
        """The HTTP reply carrying this error."""
        return error_reply(
            self.status,
            self.message,
            type=self.type,
            param=self.param,
            code=self.code,
            headers=headers,
        )


def not_found(kind: str, object_id: str, param: str | None = None) -> ApiError:
    """The API's 404 for an unknown id."""
    return ApiError(404, f"No {kind} found with id '{object_id}'.", param=param)


@attrs.define
class Call:
    """One request as a handler sees it: path parameters, query, body, the fake's state."""

    request: RecordedRequest
    params: dict[str, str]
    state: FakeState
    _json: Any = attrs.field(default=None, alias="_json")
    _form: Form | None = attrs.field(default=None, alias="_form")

    @property
    def query(self) -> dict[str, str]:
        """Query parameters (the last value of a repeated name)."""
        return {k: v[-1] for k, v in parse_qs(self.request.query).items()}

    def body(self) -> dict[str, Any]:
        """The JSON body (a 400 when it is not a JSON object)."""
        if self._json is None:
            if not self.request.body:
                self._json = {}
            else:
                try:
                    self._json = json.loads(self.request.body)
                except ValueError as exc:
                    raise ApiError(400, f"We could not parse the JSON body: {exc}") from None
            if not isinstance(self._json, dict):
                raise ApiError(400, "The request body must be a JSON object.")
        return dict(self._json)

    def form(self) -> Form:
        """The multipart form (fields and files)."""
        if self._form is None:
            self._form = parse_form(self.request.headers.get("content-type", ""), self.request.body)
        return self._form

    def required(self, body: dict[str, Any], *names: str) -> None:
        """A 400 naming the first of ``names`` missing from ``body``."""
        for name in names:
            if body.get(name) in (None, ""):
                raise ApiError(400, f"Missing required parameter: '{name}'.", param=name)

    def page(self, items: list[dict[str, Any]], *, newest_first: bool = True) -> dict[str, Any]:
        """A cursor page of ``items`` (``limit``, ``after``, ``order`` from the query)."""
        query = self.query
        ordered = (
            list(reversed(items))
            if query.get("order", "desc" if newest_first else "asc") == "desc"
            else list(items)
        )
        after = query.get("after")
        if after:
            ids = [item.get("id") for item in ordered]
            ordered = ordered[ids.index(after) + 1 :] if after in ids else []
        try:
            limit = int(query.get("limit", "20"))
        except ValueError:
            raise ApiError(400, "limit must be an integer.", param="limit") from None
        if not 1 <= limit <= 10_000:
            raise ApiError(400, "limit must be between 1 and 10000.", param="limit")
        page = ordered[:limit]
        return {
            "object": "list",
            "data": page,
            "first_id": page[0]["id"] if page else None,
            "last_id": page[-1]["id"] if page else None,
            "has_more": len(ordered) > limit,
        }


@attrs.frozen
class Route:
    """One canned operation."""

    method: str
    template: str
    handler: Handler
    pattern: re.Pattern[str]


class RouteTable:
    """Routes registered by a handlers module with the ``route`` decorator."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def route(self, method: str, template: str) -> Callable[[Handler], Handler]:
        """Register ``handler`` for ``method template`` (template without ``/v1``)."""

        def register(handler: Handler) -> Handler:
            self.routes.append(Route(method, template, handler, compile_template(template)))
            return handler

        return register


def by_specificity(routes: list[Route]) -> list[Route]:
    """``routes`` with literal segments first: the order ``find`` expects."""
    return sorted(routes, key=lambda r: r.template.count("{"))


def find(routes: list[Route], method: str, path: str) -> tuple[Route, dict[str, str]] | None:
    """The route serving ``method path`` and its path parameters; ``routes`` are sorted by
    ``by_specificity`` (once: batch lines look routes up by the hundred thousand)."""
    for route in routes:
        if route.method == method:
            match = route.pattern.fullmatch(path)
            if match is not None:
                return route, {k: unquote(v) for k, v in match.groupdict().items()}
    return None
