from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionMessageToolCallChunkFunction
    from ..models.chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="ChatCompletionMessageToolCallChunk")


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_function(data: object) -> ChatCompletionMessageToolCallChunkFunction | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ChatCompletionMessageToolCallChunkFunction.from_dict(data)
    return cast("ChatCompletionMessageToolCallChunkFunction | None | Unset", data)


@_attrs_define
class ChatCompletionMessageToolCallChunk:
    index: int
    id: None | str | Unset = UNSET
    """ The ID of the tool call. """
    type_: Literal["function"] | Unset = "function"
    """ The type of the tool. Currently, only `function` is supported. """
    function: ChatCompletionMessageToolCallChunkFunction | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("function",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("index",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "index",
            "id",
            "type",
            "function",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.index, Unset):
            field_dict["index"] = self.index
        if self.id is not UNSET:
            field_dict["id"] = to_json(self.id)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.function is not UNSET:
            field_dict["function"] = to_json(self.function)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatCompletionMessageToolCallChunk: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        _raw_id = d.pop("id", UNSET)
        try:
            id = _parse_id(_raw_id)

        except LENIENT_ERRORS:
            id = _raw_id

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['function'] | Unset", _raw_type_)
            if type_ != "function" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'function', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_function = d.pop("function", UNSET)
        try:
            function = _parse_function(_raw_function)

        except LENIENT_ERRORS:
            function = _raw_function

        parsed_obj_ = cls(
            index=index,
            id=id,
            type_=type_,
            function=function,
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
