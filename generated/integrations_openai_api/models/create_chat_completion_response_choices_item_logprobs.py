from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionTokenLogprob
    from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateChatCompletionResponseChoicesItemLogprobs")


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
                content_type_0_item = ChatCompletionTokenLogprob.from_dict(content_type_0_item_data)

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
                refusal_type_0_item = ChatCompletionTokenLogprob.from_dict(refusal_type_0_item_data)

            except LENIENT_ERRORS:
                refusal_type_0_item = refusal_type_0_item_data
            refusal_type_0.append(refusal_type_0_item)

        return refusal_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionTokenLogprob] | None", data)


@_attrs_define
class CreateChatCompletionResponseChoicesItemLogprobs:
    """Log probability information for the choice."""

    content: list[ChatCompletionTokenLogprob] | None
    refusal: list[ChatCompletionTokenLogprob] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        if not isinstance(self.refusal, Unset):
            field_dict["refusal"] = to_json(self.refusal)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateChatCompletionResponseChoicesItemLogprobs: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_content = d.pop("content", UNSET)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

        _raw_refusal = d.pop("refusal", UNSET)
        try:
            refusal = _parse_refusal(_raw_refusal)

        except LENIENT_ERRORS:
            refusal = _raw_refusal

        parsed_obj_ = cls(
            content=content,
            refusal=refusal,
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
