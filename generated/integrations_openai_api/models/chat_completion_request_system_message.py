from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.chat_completion_request_system_message_content_part import (
        ChatCompletionRequestSystemMessageContentPart,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionRequestSystemMessageContentPart
    from ..models.chat_completion_request_system_message_content_part import (
        ChatCompletionRequestSystemMessageContentPart,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_content(data: object) -> list[ChatCompletionRequestSystemMessageContentPart] | str:
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
                    ChatCompletionRequestSystemMessageContentPart._from_dict_(
                        content_type_1_item_data
                    )
                    if content_type_1_item_data.__class__ is dict
                    else ChatCompletionRequestSystemMessageContentPart.from_dict(
                        content_type_1_item_data
                    )
                )
            except LENIENT_ERRORS:
                content_type_1_item = content_type_1_item_data
            content_type_1.append(content_type_1_item)

        return content_type_1
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionRequestSystemMessageContentPart] | str", data)


@_attrs_define(repr=False)
class ChatCompletionRequestSystemMessage(ApiModel):
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, use `developer` messages
    for this purpose instead.

    """

    content: list[ChatCompletionRequestSystemMessageContentPart] | str
    """ The contents of the system message. """

    role: Literal["system"] = "system"
    """ The role of the messages author, in this case `system`. """

    name: str | None = ABSENT
    """ An optional name for the participant. Provides the model information to differentiate between participants
    of the same role. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
        ("name", "name"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "content": "list[ChatCompletionRequestSystemMessageContentPart] | str",
        "role": "Literal['system']",
        "name": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": ("system",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "content",
        "role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "content",
            "role",
            "name",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.content
        if value_1 is None:
            if "content" in present:
                out["content"] = None
        else:
            out["content"] = to_json(value_1)
        value_2 = self.role
        if value_2 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_2
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
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
        _raw_content = get_("content", None)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content
        parsed_obj_.content = content
        parsed_obj_.role = get_("role")
        parsed_obj_.name = get_("name")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
