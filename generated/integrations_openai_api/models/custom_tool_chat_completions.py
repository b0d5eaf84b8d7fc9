from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tool_chat_completions_custom import CustomToolChatCompletionsCustom

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CustomToolChatCompletionsCustom
    from ..models.custom_tool_chat_completions_custom import CustomToolChatCompletionsCustom  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CustomToolChatCompletions")


@_attrs_define
class CustomToolChatCompletions:
    """A custom tool that processes input using a specified format."""

    custom: CustomToolChatCompletionsCustom
    """ Properties of the custom tool.
     """
    type_: Literal["custom"] = "custom"
    """ The type of the custom tool. Always `custom`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("custom",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "custom",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "custom",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.custom, Unset):
            field_dict["custom"] = to_json(self.custom)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CustomToolChatCompletions: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['custom']", _raw_type_)
            if type_ != "custom":
                raise ValueError(f"type must match const 'custom', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_custom = d.pop("custom", UNSET)
        try:
            custom = CustomToolChatCompletionsCustom.from_dict(_raw_custom)

        except LENIENT_ERRORS:
            custom = _raw_custom

        parsed_obj_ = cls(
            type_=type_,
            custom=custom,
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
