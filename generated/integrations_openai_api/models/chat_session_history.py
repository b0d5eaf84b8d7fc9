from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


def _parse_recent_threads(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


@_attrs_define(repr=False)
class ChatSessionHistory(ApiModel):
    """History retention preferences returned for the session."""

    enabled: bool
    """ Indicates if chat history is persisted for the session. """

    recent_threads: int | None

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("recent_threads", "recent_threads"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "enabled": "bool",
        "recent_threads": "int | None",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "enabled",
        "recent_threads",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "enabled",
            "recent_threads",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        enabled = d.pop("enabled", None)

        _raw_recent_threads = d.pop("recent_threads", None)
        try:
            recent_threads = _parse_recent_threads(_raw_recent_threads)

        except LENIENT_ERRORS:
            recent_threads = _raw_recent_threads

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.enabled = enabled
        parsed_obj_.recent_threads = recent_threads
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
