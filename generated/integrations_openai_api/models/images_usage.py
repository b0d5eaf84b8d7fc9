from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.images_usage_input_tokens_details import ImagesUsageInputTokensDetails

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ImagesUsageInputTokensDetails
    from ..models.images_usage_input_tokens_details import ImagesUsageInputTokensDetails  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ImagesUsage(ApiModel):
    """For the GPT image models only, the token usage information for the image generation."""

    total_tokens: int
    """ The total number of tokens (images and text) used for the image generation.
     """

    input_tokens: int
    """ The number of tokens (images and text) in the input prompt. """

    output_tokens: int
    """ The number of image tokens in the output image. """

    input_tokens_details: ImagesUsageInputTokensDetails
    """ The input tokens detailed information for the image generation. """

    _sdk_name_: ClassVar[str] = "Usage"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_tokens", "input_tokens"),
        ("input_tokens_details", "input_tokens_details"),
        ("output_tokens", "output_tokens"),
        ("total_tokens", "total_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "total_tokens": "int",
        "input_tokens": "int",
        "output_tokens": "int",
        "input_tokens_details": "ImagesUsageInputTokensDetails",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "total_tokens",
        "input_tokens",
        "output_tokens",
        "input_tokens_details",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "total_tokens",
            "input_tokens",
            "output_tokens",
            "input_tokens_details",
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
        parsed_obj_.total_tokens = get_("total_tokens")
        parsed_obj_.input_tokens = get_("input_tokens")
        parsed_obj_.output_tokens = get_("output_tokens")
        input_tokens_details = get_("input_tokens_details")
        if input_tokens_details is not None:
            try:
                input_tokens_details = (
                    ImagesUsageInputTokensDetails._from_dict_(input_tokens_details)
                    if input_tokens_details.__class__ is dict
                    else ImagesUsageInputTokensDetails.from_dict(input_tokens_details)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.input_tokens_details = input_tokens_details
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
