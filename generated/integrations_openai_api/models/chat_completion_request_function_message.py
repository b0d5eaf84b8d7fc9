from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionRequestFunctionMessage")


def _parse_content(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class ChatCompletionRequestFunctionMessage:
    content: None | str
    name: str
    """ The name of the function to call. """
    role: Literal["function"] = "function"
    """ The role of the messages author, in this case `function`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": ("function",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "role",
        "content",
        "name",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "content",
            "name",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatCompletionRequestFunctionMessage: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_role = d.pop("role", UNSET)
        try:
            role = cast("Literal['function']", _raw_role)
            if role != "function":
                raise ValueError(f"role must match const 'function', got '{role}'")
        except LENIENT_ERRORS:
            role = _raw_role

        _raw_content = d.pop("content", UNSET)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

        name = d.pop("name", UNSET)

        parsed_obj_ = cls(
            role=role,
            content=content,
            name=name,
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
