from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_audio_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_cached_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define(repr=False)
class CompletionUsagePromptTokensDetails(ApiModel):
    """Breakdown of tokens used in the prompt."""

    audio_tokens: int | None = ABSENT
    """ Audio input tokens present in the prompt.

    Server default: `0`. """

    cached_tokens: int | None = ABSENT
    """ Cached tokens present in the prompt.

    Server default: `0`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio_tokens", "audio_tokens"),
        ("cached_tokens", "cached_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "audio_tokens": "int | None | Unset",
        "cached_tokens": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "audio_tokens",
            "cached_tokens",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_audio_tokens = d.pop("audio_tokens", UNSET)
        try:
            audio_tokens = _parse_audio_tokens(_raw_audio_tokens)

        except LENIENT_ERRORS:
            audio_tokens = _raw_audio_tokens

        _raw_cached_tokens = d.pop("cached_tokens", UNSET)
        try:
            cached_tokens = _parse_cached_tokens(_raw_cached_tokens)

        except LENIENT_ERRORS:
            cached_tokens = _raw_cached_tokens

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.audio_tokens = None if isinstance(audio_tokens, Unset) else audio_tokens
        parsed_obj_.cached_tokens = None if isinstance(cached_tokens, Unset) else cached_tokens
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
