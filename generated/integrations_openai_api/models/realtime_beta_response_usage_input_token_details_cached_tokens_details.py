from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails(ApiModel):
    """Details about the cached tokens used as input for the Response."""

    text_tokens: int | None = ABSENT
    """ The number of cached text tokens used as input for the Response. """

    image_tokens: int | None = ABSENT
    """ The number of cached image tokens used as input for the Response. """

    audio_tokens: int | None = ABSENT
    """ The number of cached audio tokens used as input for the Response. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text_tokens", "text_tokens"),
        ("image_tokens", "image_tokens"),
        ("audio_tokens", "audio_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "text_tokens": "int | Unset",
        "image_tokens": "int | Unset",
        "audio_tokens": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "text_tokens",
            "image_tokens",
            "audio_tokens",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        text_tokens = d.pop("text_tokens", None)

        image_tokens = d.pop("image_tokens", None)

        audio_tokens = d.pop("audio_tokens", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.text_tokens = text_tokens
        parsed_obj_.image_tokens = image_tokens
        parsed_obj_.audio_tokens = audio_tokens
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
