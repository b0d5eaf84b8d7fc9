from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeBetaServerEventResponseAudioTranscriptDelta(ApiModel):
    """Returned when the model-generated transcription of audio output is updated."""

    event_id: str
    """ The unique ID of the server event. """

    response_id: str
    """ The ID of the response. """

    item_id: str
    """ The ID of the item. """

    output_index: int
    """ The index of the output item in the response. """

    content_index: int
    """ The index of the content part in the item's content array. """

    delta: str
    """ The transcript delta. """

    type: Literal["response.output_audio_transcript.delta"] = (
        "response.output_audio_transcript.delta"
    )
    """ The event type, must be `response.output_audio_transcript.delta`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("event_id", "event_id"),
        ("type", "type"),
        ("response_id", "response_id"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("content_index", "content_index"),
        ("delta", "delta"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event_id": "str",
        "type": "Literal['response.output_audio_transcript.delta']",
        "response_id": "str",
        "item_id": "str",
        "output_index": "int",
        "content_index": "int",
        "delta": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.output_audio_transcript.delta",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "response_id",
        "item_id",
        "output_index",
        "content_index",
        "delta",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "response_id",
            "item_id",
            "output_index",
            "content_index",
            "delta",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.event_id
        if value_1 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.response_id
        if value_3 is None:
            if "response_id" in present:
                out["response_id"] = None
        else:
            out["response_id"] = value_3
        value_4 = self.item_id
        if value_4 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_4
        value_5 = self.output_index
        if value_5 is None:
            if "output_index" in present:
                out["output_index"] = None
        else:
            out["output_index"] = value_5
        value_6 = self.content_index
        if value_6 is None:
            if "content_index" in present:
                out["content_index"] = None
        else:
            out["content_index"] = value_6
        value_7 = self.delta
        if value_7 is None:
            if "delta" in present:
                out["delta"] = None
        else:
            out["delta"] = value_7
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
        parsed_obj_.response_id = get_("response_id")
        parsed_obj_.item_id = get_("item_id")
        parsed_obj_.output_index = get_("output_index")
        parsed_obj_.content_index = get_("content_index")
        parsed_obj_.delta = get_("delta")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
