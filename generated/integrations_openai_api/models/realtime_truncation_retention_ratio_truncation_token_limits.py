from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    _sdk_name_: ClassVar[str] = "TokenLimits"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("post_instructions", "post_instructions"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "post_instructions": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("post_instructions",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.post_instructions
        if value_1 is None:
            if "post_instructions" in present:
                out["post_instructions"] = None
        else:
            out["post_instructions"] = value_1
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.post_instructions = get_("post_instructions")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
