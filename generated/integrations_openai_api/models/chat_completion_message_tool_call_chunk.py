from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class ChatCompletionMessageToolCallChunk(ApiModel):
    index: int

    id: str | None = ABSENT
    """ The ID of the tool call. """

    type: Literal["function"] | None = "function"
    """ The type of the tool. Currently, only `function` is supported. """

    function: ChatCompletionMessageToolCallChunkFunction | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("id", "id"),
        ("type", "type"),
        ("function", "function"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "index": "int",
        "id": "None | str | Unset",
        "type": "Literal['function'] | Unset",
        "function": "ChatCompletionMessageToolCallChunkFunction | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        index = d.pop("index", None)

        _raw_id = d.pop("id", UNSET)
        try:
            id = _parse_id(_raw_id)

        except LENIENT_ERRORS:
            id = _raw_id

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast('Literal["function"] | Unset', _raw_type_)
            if type_ != "function" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'function', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_function = d.pop("function", UNSET)
        try:
            function = _parse_function(_raw_function)

        except LENIENT_ERRORS:
            function = _raw_function

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.index = index
        parsed_obj_.id = None if isinstance(id, Unset) else id
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.function = None if isinstance(function, Unset) else function
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
