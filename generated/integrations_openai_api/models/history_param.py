from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class HistoryParam(ApiModel):
    """Controls how much historical context is retained for the session."""

    enabled: bool | None = ABSENT
    """ Enables chat users to access previous ChatKit threads. Defaults to true. """

    recent_threads: int | None = ABSENT
    """ Number of recent ChatKit threads users have access to. Defaults to unlimited when unset. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("recent_threads", "recent_threads"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "enabled": "bool | Unset",
        "recent_threads": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "enabled",
            "recent_threads",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        enabled = d.pop("enabled", None)

        recent_threads = d.pop("recent_threads", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.enabled = enabled
        parsed_obj_.recent_threads = recent_threads
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
