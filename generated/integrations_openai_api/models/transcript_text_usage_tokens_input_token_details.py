from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_text_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_audio_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define(repr=False)
class TranscriptTextUsageTokensInputTokenDetails(ApiModel):
    """Details about the input tokens billed for this request."""

    text_tokens: int | None = ABSENT
    """ Number of text tokens billed for this request. """

    audio_tokens: int | None = ABSENT
    """ Number of audio tokens billed for this request. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text_tokens", "text_tokens"),
        ("audio_tokens", "audio_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "text_tokens": "int | None | Unset",
        "audio_tokens": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "text_tokens",
            "audio_tokens",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_text_tokens = d.pop("text_tokens", UNSET)
        try:
            text_tokens = _parse_text_tokens(_raw_text_tokens)

        except LENIENT_ERRORS:
            text_tokens = _raw_text_tokens

        _raw_audio_tokens = d.pop("audio_tokens", UNSET)
        try:
            audio_tokens = _parse_audio_tokens(_raw_audio_tokens)

        except LENIENT_ERRORS:
            audio_tokens = _raw_audio_tokens

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.text_tokens = None if isinstance(text_tokens, Unset) else text_tokens
        parsed_obj_.audio_tokens = None if isinstance(audio_tokens, Unset) else audio_tokens
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
