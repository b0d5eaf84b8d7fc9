from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

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
    from ..models.transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, TranscriptTextUsageTokensInputTokenDetails
    from ..models.transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class TranscriptTextUsageTokens(ApiModel):
    """Usage statistics for models billed by token usage."""

    input_tokens: int
    """ Number of input tokens billed for this request. """

    output_tokens: int
    """ Number of output tokens generated. """

    total_tokens: int
    """ Total number of tokens used (input + output). """

    type: Literal["tokens"] = "tokens"
    """ The type of the usage object. Always `tokens` for this variant. """

    input_token_details: TranscriptTextUsageTokensInputTokenDetails | None = ABSENT
    """ Details about the input tokens billed for this request. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_tokens", "input_tokens"),
        ("output_tokens", "output_tokens"),
        ("total_tokens", "total_tokens"),
        ("type", "type"),
        ("input_token_details", "input_token_details"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['tokens']",
        "input_tokens": "int",
        "output_tokens": "int",
        "total_tokens": "int",
        "input_token_details": "TranscriptTextUsageTokensInputTokenDetails | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("tokens",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "input_tokens",
        "output_tokens",
        "total_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "input_tokens",
            "output_tokens",
            "total_tokens",
            "input_token_details",
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
        value_2 = self.output_tokens
        if value_2 is None:
            if "output_tokens" in present:
                out["output_tokens"] = None
        else:
            out["output_tokens"] = value_2
        value_3 = self.total_tokens
        if value_3 is None:
            if "total_tokens" in present:
                out["total_tokens"] = None
        else:
            out["total_tokens"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        value_5 = self.input_token_details
        if value_5 is None:
            if "input_token_details" in present:
                out["input_token_details"] = None
        else:
            out["input_token_details"] = to_json(value_5)
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
        parsed_obj_.type = get_("type")
        parsed_obj_.input_tokens = get_("input_tokens")
        parsed_obj_.output_tokens = get_("output_tokens")
        parsed_obj_.total_tokens = get_("total_tokens")
        input_token_details = get_("input_token_details")
        if input_token_details is not None:
            try:
                input_token_details = (
                    TranscriptTextUsageTokensInputTokenDetails._from_dict_(input_token_details)
                    if input_token_details.__class__ is dict
                    else TranscriptTextUsageTokensInputTokenDetails.from_dict(input_token_details)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.input_token_details = input_token_details
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
