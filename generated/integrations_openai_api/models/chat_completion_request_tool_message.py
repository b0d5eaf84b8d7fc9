from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.chat_completion_request_tool_message_content_part import (
        ChatCompletionRequestToolMessageContentPart,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionRequestToolMessageContentPart
    from ..models.chat_completion_request_tool_message_content_part import (
        ChatCompletionRequestToolMessageContentPart,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_content(data: object) -> list[ChatCompletionRequestToolMessageContentPart] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = []
        _content_type_1 = data
        if not isinstance(_content_type_1, list):
            raise TypeError()
        for content_type_1_item_data in _content_type_1:
            try:
                content_type_1_item = (
                    ChatCompletionRequestToolMessageContentPart._from_dict_(
                        content_type_1_item_data
                    )
                    if content_type_1_item_data.__class__ is dict
                    else ChatCompletionRequestToolMessageContentPart.from_dict(
                        content_type_1_item_data
                    )
                )
            except LENIENT_ERRORS:
                content_type_1_item = content_type_1_item_data
            content_type_1.append(content_type_1_item)

        return content_type_1
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionRequestToolMessageContentPart] | str", data)


@_attrs_define(repr=False)
class ChatCompletionRequestToolMessage(ApiModel):
    content: list[ChatCompletionRequestToolMessageContentPart] | str
    """ The contents of the tool message. """

    tool_call_id: str
    """ Tool call that this message is responding to. """

    role: Literal["tool"] = "tool"
    """ The role of the messages author, in this case `tool`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("tool_call_id", "tool_call_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role": "Literal['tool']",
        "content": "list[ChatCompletionRequestToolMessageContentPart] | str",
        "tool_call_id": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": ("tool",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "role",
        "content",
        "tool_call_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "content",
            "tool_call_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.role
        if value_1 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_1
        value_2 = self.content
        if value_2 is None:
            if "content" in present:
                out["content"] = None
        else:
            out["content"] = to_json(value_2)
        value_3 = self.tool_call_id
        if value_3 is None:
            if "tool_call_id" in present:
                out["tool_call_id"] = None
        else:
            out["tool_call_id"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.role = get_("role")
        _raw_content = get_("content", None)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content
        parsed_obj_.content = content
        parsed_obj_.tool_call_id = get_("tool_call_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
