from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_elapsed_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


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
        event_id = d.pop("event_id", None)

        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["session.output_audio.delta"]', _raw_type_)
            if type_ != "session.output_audio.delta":
                raise ValueError(
                    f"type must match const 'session.output_audio.delta', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        delta = d.pop("delta", None)

        sample_rate = d.pop("sample_rate", None)

        channels = d.pop("channels", None)

        _raw_format_ = d.pop("format", UNSET)
        try:
            format_ = cast('Literal["pcm16"] | Unset', _raw_format_)
            if format_ != "pcm16" and not isinstance(format_, Unset):
                raise ValueError(f"format must match const 'pcm16', got '{format_}'")
        except LENIENT_ERRORS:
            format_ = _raw_format_

        _raw_elapsed_ms = d.pop("elapsed_ms", UNSET)
        try:
            elapsed_ms = _parse_elapsed_ms(_raw_elapsed_ms)

        except LENIENT_ERRORS:
            elapsed_ms = _raw_elapsed_ms

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.event_id = event_id
        parsed_obj_.type = type_
        parsed_obj_.delta = delta
        parsed_obj_.sample_rate = sample_rate
        parsed_obj_.channels = channels
        parsed_obj_.format = None if isinstance(format_, Unset) else format_
        parsed_obj_.elapsed_ms = None if isinstance(elapsed_ms, Unset) else elapsed_ms
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
