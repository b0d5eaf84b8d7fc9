from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


@_attrs_define(repr=False)
class ChatCompletionMessageToolCallChunk(ApiModel):
    index: int

    id: str | None = ABSENT
    """ The ID of the tool call. """

    type: Literal["function"] | None = "function"
    """ The type of the tool. Currently, only `function` is supported. """

    function: ChatCompletionMessageToolCallChunkFunction | None = ABSENT

    _sdk_name_: ClassVar[str] = "ChoiceDeltaToolCall"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("id", "id"),
        ("function", "function"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "index": "int",
        "id": "str | Unset",
        "type": "Literal['function'] | Unset",
        "function": "ChatCompletionMessageToolCallChunkFunction | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.index
        if value_1 is None:
            if "index" in present:
                out["index"] = None
        else:
            out["index"] = value_1
        value_2 = self.id
        if value_2 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_2
        value_3 = self.function
        if value_3 is None:
            if "function" in present:
                out["function"] = None
        else:
            out["function"] = to_json(value_3)
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        index = d.pop("index", None)

        id = d.pop("id", None)

        type_ = d.pop("type", None)

        _raw_function = d.pop("function", UNSET)
        try:
            _function = _raw_function
            function: ChatCompletionMessageToolCallChunkFunction | Unset
            if isinstance(_function, Unset):
                function = UNSET
            else:
                function = ChatCompletionMessageToolCallChunkFunction.from_dict(_function)

        except LENIENT_ERRORS:
            function = _raw_function

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.index = index
        parsed_obj_.id = id
        parsed_obj_.type = type_
        parsed_obj_.function = None if isinstance(function, Unset) else function
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
