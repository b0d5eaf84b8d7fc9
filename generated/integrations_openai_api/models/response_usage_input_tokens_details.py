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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sdk_input_tokens_details_cache_write_tokens_details import (
        SdkInputTokensDetailsCacheWriteTokensDetails,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SdkInputTokensDetailsCacheWriteTokensDetails
    from ..models.sdk_input_tokens_details_cache_write_tokens_details import (
        SdkInputTokensDetailsCacheWriteTokensDetails,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_cache_write_tokens_details(
    data: object,
) -> None | SdkInputTokensDetailsCacheWriteTokensDetails | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkInputTokensDetailsCacheWriteTokensDetails._from_dict_(data)
    return cast("None | SdkInputTokensDetailsCacheWriteTokensDetails | Unset", data)


@_attrs_define(repr=False)
class ResponseUsageInputTokensDetails(ApiModel):
    """A detailed breakdown of the input tokens."""

    cached_tokens: int
    """ The number of tokens that were retrieved from the cache.
    [More on prompt caching](https://platform.openai.com/docs/guides/prompt-caching).
     """

    cache_write_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `InputTokensDetails` has it (the live API sends it). Reads None
    when absent. """

    cache_write_tokens_details: SdkInputTokensDetailsCacheWriteTokensDetails | None = ABSENT
    """ Not in the pinned spec; the official SDK's `InputTokensDetails` has it (the live API sends it). Reads None
    when absent. """

    _sdk_name_: ClassVar[str] = "InputTokensDetails"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cache_write_tokens", "cache_write_tokens"),
        ("cached_tokens", "cached_tokens"),
        ("cache_write_tokens_details", "cache_write_tokens_details"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "cached_tokens": "int",
        "cache_write_tokens": "int | None | Unset",
        "cache_write_tokens_details": "None | SdkInputTokensDetailsCacheWriteTokensDetails | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("cached_tokens",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "cached_tokens",
            "cache_write_tokens",
            "cache_write_tokens_details",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.cache_write_tokens
        if value_1 is None:
            if "cache_write_tokens" in present:
                out["cache_write_tokens"] = None
        else:
            out["cache_write_tokens"] = to_json(value_1)
        value_2 = self.cached_tokens
        if value_2 is None:
            if "cached_tokens" in present:
                out["cached_tokens"] = None
        else:
            out["cached_tokens"] = value_2
        value_3 = self.cache_write_tokens_details
        if value_3 is None:
            if "cache_write_tokens_details" in present:
                out["cache_write_tokens_details"] = None
        else:
            out["cache_write_tokens_details"] = to_json(value_3)
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
        parsed_obj_.cache_write_tokens = get_("cache_write_tokens")
        _raw_cache_write_tokens_details = get_("cache_write_tokens_details", UNSET)
        if (
            _raw_cache_write_tokens_details is not None
            and _raw_cache_write_tokens_details is not UNSET
        ):
            try:
                cache_write_tokens_details = _parse_cache_write_tokens_details(
                    _raw_cache_write_tokens_details
                )

            except LENIENT_ERRORS:
                cache_write_tokens_details = _raw_cache_write_tokens_details
        else:
            cache_write_tokens_details = _raw_cache_write_tokens_details
        parsed_obj_.cache_write_tokens_details = (
            None if isinstance(cache_write_tokens_details, Unset) else cache_write_tokens_details
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
