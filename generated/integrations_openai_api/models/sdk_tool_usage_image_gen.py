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
    from ..models.sdk_tool_usage_image_gen_cached_tokens_details import (
        SdkToolUsageImageGenCachedTokensDetails,
    )
    from ..models.sdk_tool_usage_image_gen_input_tokens_details import (
        SdkToolUsageImageGenInputTokensDetails,
    )
    from ..models.sdk_tool_usage_image_gen_output_tokens_details import (
        SdkToolUsageImageGenOutputTokensDetails,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        SdkToolUsageImageGenCachedTokensDetails, \
        SdkToolUsageImageGenInputTokensDetails, \
        SdkToolUsageImageGenOutputTokensDetails
    from ..models.sdk_tool_usage_image_gen_cached_tokens_details import (
        SdkToolUsageImageGenCachedTokensDetails,  # noqa: PLC0415
    )
    from ..models.sdk_tool_usage_image_gen_input_tokens_details import (
        SdkToolUsageImageGenInputTokensDetails,  # noqa: PLC0415
    )
    from ..models.sdk_tool_usage_image_gen_output_tokens_details import (
        SdkToolUsageImageGenOutputTokensDetails,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_cached_tokens_details(
    data: object,
) -> None | SdkToolUsageImageGenCachedTokensDetails | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkToolUsageImageGenCachedTokensDetails._from_dict_(data)
    return cast("None | SdkToolUsageImageGenCachedTokensDetails | Unset", data)


def _parse_output_tokens_details(
    data: object,
) -> None | SdkToolUsageImageGenOutputTokensDetails | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkToolUsageImageGenOutputTokensDetails._from_dict_(data)
    return cast("None | SdkToolUsageImageGenOutputTokensDetails | Unset", data)


@_attrs_define(repr=False)
class SdkToolUsageImageGen(ApiModel):
    """Not in the pinned spec: the official SDK's `ToolUsageImageGen`, field for field (the live API sends it)."""

    input_tokens: int

    input_tokens_details: SdkToolUsageImageGenInputTokensDetails
    """ Not in the pinned spec: the official SDK's `ToolUsageImageGenInputTokensDetails`, field for field (the live
    API sends it). """

    output_tokens: int

    total_tokens: int

    cached_tokens: int | None = ABSENT

    cached_tokens_details: SdkToolUsageImageGenCachedTokensDetails | None = ABSENT

    output_tokens_details: SdkToolUsageImageGenOutputTokensDetails | None = ABSENT

    _sdk_name_: ClassVar[str] = "ToolUsageImageGen"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_tokens", "input_tokens"),
        ("input_tokens_details", "input_tokens_details"),
        ("output_tokens", "output_tokens"),
        ("total_tokens", "total_tokens"),
        ("cached_tokens", "cached_tokens"),
        ("cached_tokens_details", "cached_tokens_details"),
        ("output_tokens_details", "output_tokens_details"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "input_tokens": "int",
        "input_tokens_details": "SdkToolUsageImageGenInputTokensDetails",
        "output_tokens": "int",
        "total_tokens": "int",
        "cached_tokens": "int | None | Unset",
        "cached_tokens_details": "None | SdkToolUsageImageGenCachedTokensDetails | Unset",
        "output_tokens_details": "None | SdkToolUsageImageGenOutputTokensDetails | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "input_tokens",
        "input_tokens_details",
        "output_tokens",
        "total_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input_tokens",
            "input_tokens_details",
            "output_tokens",
            "total_tokens",
            "cached_tokens",
            "cached_tokens_details",
            "output_tokens_details",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input_tokens
        if value_1 is None:
            if "input_tokens" in present:
                out["input_tokens"] = None
        else:
            out["input_tokens"] = value_1
        value_2 = self.input_tokens_details
        if value_2 is None:
            if "input_tokens_details" in present:
                out["input_tokens_details"] = None
        else:
            out["input_tokens_details"] = to_json(value_2)
        value_3 = self.output_tokens
        if value_3 is None:
            if "output_tokens" in present:
                out["output_tokens"] = None
        else:
            out["output_tokens"] = value_3
        value_4 = self.total_tokens
        if value_4 is None:
            if "total_tokens" in present:
                out["total_tokens"] = None
        else:
            out["total_tokens"] = value_4
        value_5 = self.cached_tokens
        if value_5 is None:
            if "cached_tokens" in present:
                out["cached_tokens"] = None
        else:
            out["cached_tokens"] = to_json(value_5)
        value_6 = self.cached_tokens_details
        if value_6 is None:
            if "cached_tokens_details" in present:
                out["cached_tokens_details"] = None
        else:
            out["cached_tokens_details"] = to_json(value_6)
        value_7 = self.output_tokens_details
        if value_7 is None:
            if "output_tokens_details" in present:
                out["output_tokens_details"] = None
        else:
            out["output_tokens_details"] = to_json(value_7)
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
        parsed_obj_.input_tokens = get_("input_tokens")
        input_tokens_details = get_("input_tokens_details")
        if input_tokens_details is not None:
            try:
                input_tokens_details = (
                    SdkToolUsageImageGenInputTokensDetails._from_dict_(input_tokens_details)
                    if input_tokens_details.__class__ is dict
                    else SdkToolUsageImageGenInputTokensDetails.from_dict(input_tokens_details)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.input_tokens_details = input_tokens_details
        parsed_obj_.output_tokens = get_("output_tokens")
        parsed_obj_.total_tokens = get_("total_tokens")
        parsed_obj_.cached_tokens = get_("cached_tokens")
        _raw_cached_tokens_details = get_("cached_tokens_details", UNSET)
        if _raw_cached_tokens_details is not None and _raw_cached_tokens_details is not UNSET:
            try:
                cached_tokens_details = _parse_cached_tokens_details(_raw_cached_tokens_details)

            except LENIENT_ERRORS:
                cached_tokens_details = _raw_cached_tokens_details
        else:
            cached_tokens_details = _raw_cached_tokens_details
        parsed_obj_.cached_tokens_details = (
            None if isinstance(cached_tokens_details, Unset) else cached_tokens_details
        )
        _raw_output_tokens_details = get_("output_tokens_details", UNSET)
        if _raw_output_tokens_details is not None and _raw_output_tokens_details is not UNSET:
            try:
                output_tokens_details = _parse_output_tokens_details(_raw_output_tokens_details)

            except LENIENT_ERRORS:
                output_tokens_details = _raw_output_tokens_details
        else:
            output_tokens_details = _raw_output_tokens_details
        parsed_obj_.output_tokens_details = (
            None if isinstance(output_tokens_details, Unset) else output_tokens_details
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
