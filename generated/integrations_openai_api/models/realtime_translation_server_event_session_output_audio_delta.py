from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

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
class RealtimeTranslationServerEventSessionOutputAudioDelta(ApiModel):
    """Returned when translated output audio is available. Output audio deltas are
    200 ms frames of PCM16 audio.

    """

    event_id: str
    """ The unique ID of the server event. """

    delta: str
    """ Base64-encoded translated audio data. """

    type: Literal["session.output_audio.delta"] = "session.output_audio.delta"
    """ The event type, must be `session.output_audio.delta`. """

    sample_rate: int | None = ABSENT
    """ Sample rate of the audio delta.

    Server default: `24000`. """

    channels: int | None = ABSENT
    """ Number of audio channels.

    Server default: `1`. """

    format: Literal["pcm16"] | None = "pcm16"
    """ Audio encoding for `delta`. """

    elapsed_ms: int | None = ABSENT

    _sdk_name_: ClassVar[str] = "RealtimeTranslationOutputAudioDeltaEvent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delta", "delta"),
        ("event_id", "event_id"),
        ("type", "type"),
        ("channels", "channels"),
        ("elapsed_ms", "elapsed_ms"),
        ("format", "format"),
        ("sample_rate", "sample_rate"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event_id": "str",
        "type": "Literal['session.output_audio.delta']",
        "delta": "str",
        "sample_rate": "int | Unset",
        "channels": "int | Unset",
        "format": "Literal['pcm16'] | Unset",
        "elapsed_ms": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("session.output_audio.delta",),
        "format": ("pcm16",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "delta",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "delta",
            "sample_rate",
            "channels",
            "format",
            "elapsed_ms",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.delta
        if value_1 is None:
            if "delta" in present:
                out["delta"] = None
        else:
            out["delta"] = value_1
        value_2 = self.event_id
        if value_2 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        value_4 = self.channels
        if value_4 is None:
            if "channels" in present:
                out["channels"] = None
        else:
            out["channels"] = value_4
        value_5 = self.elapsed_ms
        if value_5 is None:
            if "elapsed_ms" in present:
                out["elapsed_ms"] = None
        else:
            out["elapsed_ms"] = to_json(value_5)
        value_6 = self.format
        if value_6 is None:
            if "format" in present:
                out["format"] = None
        else:
            out["format"] = value_6
        value_7 = self.sample_rate
        if value_7 is None:
            if "sample_rate" in present:
                out["sample_rate"] = None
        else:
            out["sample_rate"] = value_7
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.event_id = get_("event_id")
        parsed_obj_.type = get_("type")
        parsed_obj_.delta = get_("delta")
        parsed_obj_.sample_rate = get_("sample_rate")
        parsed_obj_.channels = get_("channels")
        parsed_obj_.format = get_("format")
        parsed_obj_.elapsed_ms = get_("elapsed_ms")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
