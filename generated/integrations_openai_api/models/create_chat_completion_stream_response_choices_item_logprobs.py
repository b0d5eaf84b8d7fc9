from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

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
    from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionTokenLogprob
    from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_content(data: object) -> list[ChatCompletionTokenLogprob] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_0 = []
        _content_type_0 = data
        if not isinstance(_content_type_0, list):
            raise TypeError()
        for content_type_0_item_data in _content_type_0:
            try:
                content_type_0_item = (
                    ChatCompletionTokenLogprob._from_dict_(content_type_0_item_data)
                    if content_type_0_item_data.__class__ is dict
                    else ChatCompletionTokenLogprob.from_dict(content_type_0_item_data)
                )
            except LENIENT_ERRORS:
                content_type_0_item = content_type_0_item_data
            content_type_0.append(content_type_0_item)

        return content_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionTokenLogprob] | None", data)


def _parse_refusal(data: object) -> list[ChatCompletionTokenLogprob] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        refusal_type_0 = []
        _refusal_type_0 = data
        if not isinstance(_refusal_type_0, list):
            raise TypeError()
        for refusal_type_0_item_data in _refusal_type_0:
            try:
                refusal_type_0_item = (
                    ChatCompletionTokenLogprob._from_dict_(refusal_type_0_item_data)
                    if refusal_type_0_item_data.__class__ is dict
                    else ChatCompletionTokenLogprob.from_dict(refusal_type_0_item_data)
                )
            except LENIENT_ERRORS:
                refusal_type_0_item = refusal_type_0_item_data
            refusal_type_0.append(refusal_type_0_item)

        return refusal_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionTokenLogprob] | None", data)


@_attrs_define(repr=False)
class CreateChatCompletionStreamResponseChoicesItemLogprobs(ApiModel):
    content: list[ChatCompletionTokenLogprob] | None = ABSENT
    """ A list of message content tokens with log probability information. """

    refusal: list[ChatCompletionTokenLogprob] | None = ABSENT
    """ A list of message refusal tokens with log probability information. """

    _sdk_name_: ClassVar[str] = "ChoiceLogprobs"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("refusal", "refusal"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "content": "list[ChatCompletionTokenLogprob] | None",
        "refusal": "list[ChatCompletionTokenLogprob] | None",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "content",
        "refusal",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "content",
            "refusal",
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
        value_2 = self.refusal
        if value_2 is None:
            if "refusal" in present:
                out["refusal"] = None
        else:
            out["refusal"] = to_json(value_2)
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
        if _raw_content is not None:
            try:
                content = _parse_content(_raw_content)

            except LENIENT_ERRORS:
                content = _raw_content
        else:
            content = _raw_content
        parsed_obj_.content = content
        _raw_refusal = get_("refusal", None)
        if _raw_refusal is not None:
            try:
                refusal = _parse_refusal(_raw_refusal)

            except LENIENT_ERRORS:
                refusal = _raw_refusal
        else:
            refusal = _raw_refusal
        parsed_obj_.refusal = refusal
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
