from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_post_instructions(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define(repr=False)
class RealtimeTruncationRetentionRatioTruncationTokenLimits(ApiModel):
    """Optional custom token limits for this truncation strategy. If not provided, the model's default token limits will be
    used.

    """

    post_instructions: int | None = ABSENT
    """ Maximum tokens allowed in the conversation after instructions (which including tool definitions). For
    example, setting this to 5,000 would mean that truncation would occur when the conversation exceeds 5,000 tokens
    after instructions. This cannot be higher than the model's context window size minus the maximum output tokens.
    """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("post_instructions", "post_instructions"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "post_instructions": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("post_instructions",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_post_instructions = d.pop("post_instructions", UNSET)
        try:
            post_instructions = _parse_post_instructions(_raw_post_instructions)

        except LENIENT_ERRORS:
            post_instructions = _raw_post_instructions

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.post_instructions = (
            None if isinstance(post_instructions, Unset) else post_instructions
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
