from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import as_float, to_json
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
class VadConfig(ApiModel):
    type: Literal["server_vad"] = "server_vad"
    """ Must be set to `server_vad` to enable manual chunking using server side VAD. """

    prefix_padding_ms: int | None = ABSENT
    """ Amount of audio to include before the VAD detected speech (in
    milliseconds).

    Server default: `300`. """

    silence_duration_ms: int | None = ABSENT
    """ Duration of silence to detect speech stop (in milliseconds).
    With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.

    Server default: `200`. """

    threshold: float | None = ABSENT
    """ Sensitivity threshold (0.0 to 1.0) for voice activity detection. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.

    Server default: `0.5`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("prefix_padding_ms", "prefix_padding_ms"),
        ("silence_duration_ms", "silence_duration_ms"),
        ("threshold", "threshold"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['server_vad']",
        "prefix_padding_ms": "int | Unset",
        "silence_duration_ms": "int | Unset",
        "threshold": "float | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("server_vad",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "prefix_padding_ms",
            "silence_duration_ms",
            "threshold",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.prefix_padding_ms
        if value_2 is None:
            if "prefix_padding_ms" in present:
                out["prefix_padding_ms"] = None
        else:
            out["prefix_padding_ms"] = value_2
        value_3 = self.silence_duration_ms
        if value_3 is None:
            if "silence_duration_ms" in present:
                out["silence_duration_ms"] = None
        else:
            out["silence_duration_ms"] = value_3
        value_4 = self.threshold
        if value_4 is None:
            if "threshold" in present:
                out["threshold"] = None
        else:
            out["threshold"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.prefix_padding_ms = get_("prefix_padding_ms")
        parsed_obj_.silence_duration_ms = get_("silence_duration_ms")
        parsed_obj_.threshold = as_float(get_("threshold"))
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
