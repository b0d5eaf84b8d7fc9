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
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionRequestMessageContentPartText
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_content(data: object) -> list[ChatCompletionRequestMessageContentPartText] | str:
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
                    ChatCompletionRequestMessageContentPartText._from_dict_(
                        content_type_1_item_data
                    )
                    if content_type_1_item_data.__class__ is dict
                    else ChatCompletionRequestMessageContentPartText.from_dict(
                        content_type_1_item_data
                    )
                )
            except LENIENT_ERRORS:
                content_type_1_item = content_type_1_item_data
            content_type_1.append(content_type_1_item)

        return content_type_1
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionRequestMessageContentPartText] | str", data)


@_attrs_define(repr=False)
class PredictionContent(ApiModel):
    """Static predicted output content, such as the content of a text file that is
    being regenerated.

    """

    content: list[ChatCompletionRequestMessageContentPartText] | str
    """ The content that should be matched when generating a model response.
    If generated tokens would match this content, the entire model response
    can be returned much more quickly.
     """

    type: Literal["content"] = "content"
    """ The type of the predicted content you want to provide. This type is
    currently always `content`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("content", "content"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['content']",
        "content": "list[ChatCompletionRequestMessageContentPartText] | str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("content",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "content",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "content",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.content
        if value_2 is None:
            if "content" in present:
                out["content"] = None
        else:
            out["content"] = to_json(value_2)
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
        parsed_obj_.type = get_("type")
        _raw_content = get_("content", None)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content
        parsed_obj_.content = content
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
