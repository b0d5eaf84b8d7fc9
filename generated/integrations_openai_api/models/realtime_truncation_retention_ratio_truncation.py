from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.realtime_truncation_retention_ratio_truncation_token_limits import (
        RealtimeTruncationRetentionRatioTruncationTokenLimits,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeTruncationRetentionRatioTruncationTokenLimits
    from ..models.realtime_truncation_retention_ratio_truncation_token_limits import (
        RealtimeTruncationRetentionRatioTruncationTokenLimits,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeTruncationRetentionRatioTruncation(ApiModel):
    """Retain a fraction of the conversation tokens when the conversation exceeds the input token limit. This allows you to
    amortize truncations across multiple turns, which can help improve cached token usage.

    """

    retention_ratio: float
    """ Fraction of post-instruction conversation tokens to retain (`0.0` - `1.0`) when the conversation exceeds the
    input token limit. Setting this to `0.8` means that messages will be dropped until 80% of the maximum allowed
    tokens are used. This helps reduce the frequency of truncations and improve cache rates.
     """

    type: Literal["retention_ratio"] = "retention_ratio"
    """ Use retention ratio truncation. """

    token_limits: RealtimeTruncationRetentionRatioTruncationTokenLimits | None = ABSENT
    """ Optional custom token limits for this truncation strategy. If not provided, the model's default token limits
    will be used. """

    _sdk_name_: ClassVar[str] = "RealtimeTruncationRetentionRatio"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("retention_ratio", "retention_ratio"),
        ("type", "type"),
        ("token_limits", "token_limits"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['retention_ratio']",
        "retention_ratio": "float",
        "token_limits": "RealtimeTruncationRetentionRatioTruncationTokenLimits | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("retention_ratio",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "retention_ratio",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "retention_ratio",
            "token_limits",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.retention_ratio
        if value_1 is None:
            if "retention_ratio" in present:
                out["retention_ratio"] = None
        else:
            out["retention_ratio"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.token_limits
        if value_3 is None:
            if "token_limits" in present:
                out["token_limits"] = None
        else:
            out["token_limits"] = to_json(value_3)
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
        parsed_obj_.retention_ratio = as_float(get_("retention_ratio"))
        token_limits = get_("token_limits")
        if token_limits is not None:
            try:
                token_limits = (
                    RealtimeTruncationRetentionRatioTruncationTokenLimits._from_dict_(token_limits)
                    if token_limits.__class__ is dict
                    else RealtimeTruncationRetentionRatioTruncationTokenLimits.from_dict(
                        token_limits
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.token_limits = token_limits
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
