from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatSessionHistory")


def _parse_recent_threads(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


@_attrs_define
class ChatSessionHistory:
    """History retention preferences returned for the session."""

    enabled: bool
    """ Indicates if chat history is persisted for the session. """
    recent_threads: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.enabled, Unset):
            field_dict["enabled"] = self.enabled
        if not isinstance(self.recent_threads, Unset):
            field_dict["recent_threads"] = to_json(self.recent_threads)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatSessionHistory: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _raw_recent_threads = d.pop("recent_threads", UNSET)
        try:
            recent_threads = _parse_recent_threads(_raw_recent_threads)

        except LENIENT_ERRORS:
            recent_threads = _raw_recent_threads

        parsed_obj_ = cls(
            enabled=enabled,
            recent_threads=recent_threads,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
