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
class RealtimeTranslationServerEventSessionOutputTranscriptDelta(ApiModel):
    """Returned when translated transcript text is available.

    Transcript deltas are append-only text fragments. Clients should not insert
    unconditional spaces between deltas.

    """

    event_id: str
    """ The unique ID of the server event. """

    delta: str
    """ Append-only transcript text for the translated output audio. """

    type: Literal["session.output_transcript.delta"] = "session.output_transcript.delta"
    """ The event type, must be `session.output_transcript.delta`. """

    elapsed_ms: int | None = ABSENT

    _sdk_name_: ClassVar[str] = "RealtimeTranslationOutputTranscriptDeltaEvent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delta", "delta"),
        ("event_id", "event_id"),
        ("type", "type"),
        ("elapsed_ms", "elapsed_ms"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event_id": "str",
        "type": "Literal['session.output_transcript.delta']",
        "delta": "str",
        "elapsed_ms": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("session.output_transcript.delta",),
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
        value_4 = self.elapsed_ms
        if value_4 is None:
            if "elapsed_ms" in present:
                out["elapsed_ms"] = None
        else:
            out["elapsed_ms"] = to_json(value_4)
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
        parsed_obj_.elapsed_ms = get_("elapsed_ms")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
