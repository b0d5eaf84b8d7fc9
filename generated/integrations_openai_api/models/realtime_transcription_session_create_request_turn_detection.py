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
class RealtimeTranscriptionSessionCreateRequestTurnDetection(ApiModel):
    """Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will detect the
    start and end of speech based on audio volume and respond at the end of user speech.

    """

    type: Literal["server_vad"] | None = "server_vad"
    """ Type of turn detection. Only `server_vad` is currently supported for transcription sessions.
     """

    threshold: float | None = ABSENT
    """ Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
     """

    prefix_padding_ms: int | None = ABSENT
    """ Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms.
     """

    silence_duration_ms: int | None = ABSENT
    """ Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
     """

    _sdk_name_: ClassVar[str] = "SessionTurnDetection"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("prefix_padding_ms", "prefix_padding_ms"),
        ("silence_duration_ms", "silence_duration_ms"),
        ("threshold", "threshold"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['server_vad'] | Unset",
        "threshold": "float | Unset",
        "prefix_padding_ms": "int | Unset",
        "silence_duration_ms": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("server_vad",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "threshold",
            "prefix_padding_ms",
            "silence_duration_ms",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.prefix_padding_ms
        if value_1 is None:
            if "prefix_padding_ms" in present:
                out["prefix_padding_ms"] = None
        else:
            out["prefix_padding_ms"] = value_1
        value_2 = self.silence_duration_ms
        if value_2 is None:
            if "silence_duration_ms" in present:
                out["silence_duration_ms"] = None
        else:
            out["silence_duration_ms"] = value_2
        value_3 = self.threshold
        if value_3 is None:
            if "threshold" in present:
                out["threshold"] = None
        else:
            out["threshold"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
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
        parsed_obj_.threshold = as_float(get_("threshold"))
        parsed_obj_.prefix_padding_ms = get_("prefix_padding_ms")
        parsed_obj_.silence_duration_ms = get_("silence_duration_ms")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
