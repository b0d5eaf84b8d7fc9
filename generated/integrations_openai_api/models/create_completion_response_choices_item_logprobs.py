from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class CreateCompletionResponseChoicesItemLogprobs(ApiModel):
    text_offset: list[int] | None = ABSENT

    token_logprobs: list[float] | None = ABSENT

    tokens: list[str] | None = ABSENT

    top_logprobs: list[CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem] | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text_offset", "text_offset"),
        ("token_logprobs", "token_logprobs"),
        ("tokens", "tokens"),
        ("top_logprobs", "top_logprobs"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "text_offset": "list[int] | None | Unset",
        "token_logprobs": "list[float] | None | Unset",
        "tokens": "list[str] | None | Unset",
        "top_logprobs": "list[CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem] | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.text_offset = None if isinstance(text_offset, Unset) else text_offset
        parsed_obj_.token_logprobs = None if isinstance(token_logprobs, Unset) else token_logprobs
        parsed_obj_.tokens = None if isinstance(tokens, Unset) else tokens
        parsed_obj_.top_logprobs = None if isinstance(top_logprobs, Unset) else top_logprobs
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
