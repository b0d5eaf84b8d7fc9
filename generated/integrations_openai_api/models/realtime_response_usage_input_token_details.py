from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

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
    from ..models.realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails
    from ..models.realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeResponseUsageInputTokenDetails(ApiModel):
    """Details about the input tokens used in the Response. Cached tokens are tokens from previous turns in the
    conversation that are included as context for the current response. Cached tokens here are counted as a subset of
    input tokens, meaning input tokens will include cached and uncached tokens.

    """

    cached_tokens: int | None = ABSENT
    """ The number of cached tokens used as input for the Response. """

    text_tokens: int | None = ABSENT
    """ The number of text tokens used as input for the Response. """

    image_tokens: int | None = ABSENT
    """ The number of image tokens used as input for the Response. """

    audio_tokens: int | None = ABSENT
    """ The number of audio tokens used as input for the Response. """

    cached_tokens_details: RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails | None = (
        ABSENT
    )
    """ Details about the cached tokens used as input for the Response. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio_tokens", "audio_tokens"),
        ("cached_tokens", "cached_tokens"),
        ("cached_tokens_details", "cached_tokens_details"),
        ("image_tokens", "image_tokens"),
        ("text_tokens", "text_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "cached_tokens": "int | Unset",
        "text_tokens": "int | Unset",
        "image_tokens": "int | Unset",
        "audio_tokens": "int | Unset",
        "cached_tokens_details": "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "cached_tokens",
            "text_tokens",
            "image_tokens",
            "audio_tokens",
            "cached_tokens_details",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.audio_tokens
        if value_1 is None:
            if "audio_tokens" in present:
                out["audio_tokens"] = None
        else:
            out["audio_tokens"] = value_1
        value_2 = self.cached_tokens
        if value_2 is None:
            if "cached_tokens" in present:
                out["cached_tokens"] = None
        else:
            out["cached_tokens"] = value_2
        value_3 = self.cached_tokens_details
        if value_3 is None:
            if "cached_tokens_details" in present:
                out["cached_tokens_details"] = None
        else:
            out["cached_tokens_details"] = to_json(value_3)
        value_4 = self.image_tokens
        if value_4 is None:
            if "image_tokens" in present:
                out["image_tokens"] = None
        else:
            out["image_tokens"] = value_4
        value_5 = self.text_tokens
        if value_5 is None:
            if "text_tokens" in present:
                out["text_tokens"] = None
        else:
            out["text_tokens"] = value_5
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
        parsed_obj_.cached_tokens = get_("cached_tokens")
        parsed_obj_.text_tokens = get_("text_tokens")
        parsed_obj_.image_tokens = get_("image_tokens")
        parsed_obj_.audio_tokens = get_("audio_tokens")
        cached_tokens_details = get_("cached_tokens_details")
        if cached_tokens_details is not None:
            try:
                cached_tokens_details = (
                    RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails._from_dict_(
                        cached_tokens_details
                    )
                    if cached_tokens_details.__class__ is dict
                    else RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails.from_dict(
                        cached_tokens_details
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.cached_tokens_details = cached_tokens_details
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
