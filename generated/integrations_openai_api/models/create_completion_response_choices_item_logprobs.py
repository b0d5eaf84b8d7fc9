from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_completion_response_choices_item_logprobs_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem
    from ..models.create_completion_response_choices_item_logprobs_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="CreateCompletionResponseChoicesItemLogprobs")


def _parse_text_offset(data: object) -> list[int] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, int) for item in data)):
            raise TypeError()
        text_offset_type_0 = cast("list[int]", data)

        return text_offset_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[int] | None | Unset", data)


def _parse_token_logprobs(data: object) -> list[float] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, (int, float)) for item in data)):
            raise TypeError()
        token_logprobs_type_0 = cast("list[float]", data)

        return token_logprobs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[float] | None | Unset", data)


def _parse_tokens(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        tokens_type_0 = cast("list[str]", data)

        return tokens_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


def _parse_top_logprobs(
    data: object,
) -> list[CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        top_logprobs_type_0 = []
        _top_logprobs_type_0 = data
        if not isinstance(_top_logprobs_type_0, list):
            raise TypeError()
        for top_logprobs_type_0_item_data in _top_logprobs_type_0:
            try:
                top_logprobs_type_0_item = (
                    CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem.from_dict(
                        top_logprobs_type_0_item_data
                    )
                )

            except LENIENT_ERRORS:
                top_logprobs_type_0_item = top_logprobs_type_0_item_data
            top_logprobs_type_0.append(top_logprobs_type_0_item)

        return top_logprobs_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "list[CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem] | None | Unset", data
    )


@_attrs_define
class CreateCompletionResponseChoicesItemLogprobs:
    text_offset: list[int] | None | Unset = UNSET
    token_logprobs: list[float] | None | Unset = UNSET
    tokens: list[str] | None | Unset = UNSET
    top_logprobs: (
        list[CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "text_offset",
            "token_logprobs",
            "tokens",
            "top_logprobs",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.text_offset is not UNSET:
            field_dict["text_offset"] = to_json(self.text_offset)
        if self.token_logprobs is not UNSET:
            field_dict["token_logprobs"] = to_json(self.token_logprobs)
        if self.tokens is not UNSET:
            field_dict["tokens"] = to_json(self.tokens)
        if self.top_logprobs is not UNSET:
            field_dict["top_logprobs"] = to_json(self.top_logprobs)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateCompletionResponseChoicesItemLogprobs: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_text_offset = d.pop("text_offset", UNSET)
        try:
            text_offset = _parse_text_offset(_raw_text_offset)

        except LENIENT_ERRORS:
            text_offset = _raw_text_offset

        _raw_token_logprobs = d.pop("token_logprobs", UNSET)
        try:
            token_logprobs = _parse_token_logprobs(_raw_token_logprobs)

        except LENIENT_ERRORS:
            token_logprobs = _raw_token_logprobs

        _raw_tokens = d.pop("tokens", UNSET)
        try:
            tokens = _parse_tokens(_raw_tokens)

        except LENIENT_ERRORS:
            tokens = _raw_tokens

        _raw_top_logprobs = d.pop("top_logprobs", UNSET)
        try:
            top_logprobs = _parse_top_logprobs(_raw_top_logprobs)

        except LENIENT_ERRORS:
            top_logprobs = _raw_top_logprobs

        parsed_obj_ = cls(
            text_offset=text_offset,
            token_logprobs=token_logprobs,
            tokens=tokens,
            top_logprobs=top_logprobs,
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
