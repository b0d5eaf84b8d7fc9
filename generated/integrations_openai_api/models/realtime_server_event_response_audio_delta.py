from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class RealtimeServerEventResponseAudioDelta(ApiModel):
    """Returned when the model-generated audio is updated."""

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
    """ Base64-encoded audio data delta. """

    type: Literal["response.output_audio.delta"] = "response.output_audio.delta"
    """ The event type, must be `response.output_audio.delta`. """

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
        "type": "Literal['response.output_audio.delta']",
        "response_id": "str",
        "item_id": "str",
        "output_index": "int",
        "content_index": "int",
        "delta": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.output_audio.delta",),
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        event_id = d.pop("event_id", None)

        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["response.output_audio.delta"]', _raw_type_)
            if type_ != "response.output_audio.delta":
                raise ValueError(
                    f"type must match const 'response.output_audio.delta', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        response_id = d.pop("response_id", None)

        item_id = d.pop("item_id", None)

        output_index = d.pop("output_index", None)

        content_index = d.pop("content_index", None)

        delta = d.pop("delta", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.event_id = event_id
        parsed_obj_.type = type_
        parsed_obj_.response_id = response_id
        parsed_obj_.item_id = item_id
        parsed_obj_.output_index = output_index
        parsed_obj_.content_index = content_index
        parsed_obj_.delta = delta
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
