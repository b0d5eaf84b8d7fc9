from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.batch_usage_input_tokens_details import BatchUsageInputTokensDetails
    from ..models.batch_usage_output_tokens_details import BatchUsageOutputTokensDetails

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BatchUsageInputTokensDetails, BatchUsageOutputTokensDetails
    from ..models.batch_usage_input_tokens_details import BatchUsageInputTokensDetails  # noqa: PLC0415
    from ..models.batch_usage_output_tokens_details import BatchUsageOutputTokensDetails  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class BatchUsage(ApiModel):
    """Represents token usage details including input tokens, output tokens, a
    breakdown of output tokens, and the total tokens used. Only populated on
    batches created after September 7, 2025.

    """

    input_tokens: int
    """ The number of input tokens. """

    input_tokens_details: BatchUsageInputTokensDetails
    """ A detailed breakdown of the input tokens. """

    output_tokens: int
    """ The number of output tokens. """

    output_tokens_details: BatchUsageOutputTokensDetails
    """ A detailed breakdown of the output tokens. """

    total_tokens: int
    """ The total number of tokens used. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_tokens", "input_tokens"),
        ("input_tokens_details", "input_tokens_details"),
        ("output_tokens", "output_tokens"),
        ("output_tokens_details", "output_tokens_details"),
        ("total_tokens", "total_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "input_tokens": "int",
        "input_tokens_details": "BatchUsageInputTokensDetails",
        "output_tokens": "int",
        "output_tokens_details": "BatchUsageOutputTokensDetails",
        "total_tokens": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "input_tokens",
        "input_tokens_details",
        "output_tokens",
        "output_tokens_details",
        "total_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input_tokens",
            "input_tokens_details",
            "output_tokens",
            "output_tokens_details",
            "total_tokens",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        input_tokens = d.pop("input_tokens", None)

        _raw_input_tokens_details = d.pop("input_tokens_details", None)
        try:
            input_tokens_details = BatchUsageInputTokensDetails.from_dict(_raw_input_tokens_details)

        except LENIENT_ERRORS:
            input_tokens_details = _raw_input_tokens_details

        output_tokens = d.pop("output_tokens", None)

        _raw_output_tokens_details = d.pop("output_tokens_details", None)
        try:
            output_tokens_details = BatchUsageOutputTokensDetails.from_dict(
                _raw_output_tokens_details
            )

        except LENIENT_ERRORS:
            output_tokens_details = _raw_output_tokens_details

        total_tokens = d.pop("total_tokens", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.input_tokens = input_tokens
        parsed_obj_.input_tokens_details = input_tokens_details
        parsed_obj_.output_tokens = output_tokens
        parsed_obj_.output_tokens_details = output_tokens_details
        parsed_obj_.total_tokens = total_tokens
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
