from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationServerEventSessionOutputTranscriptDelta")


def _parse_elapsed_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class RealtimeTranslationServerEventSessionOutputTranscriptDelta:
    """Returned when translated transcript text is available.

    Transcript deltas are append-only text fragments. Clients should not insert
    unconditional spaces between deltas.

    """

    event_id: str
    """ The unique ID of the server event. """
    delta: str
    """ Append-only transcript text for the translated output audio. """
    type_: Literal["session.output_transcript.delta"] = "session.output_transcript.delta"
    """ The event type, must be `session.output_transcript.delta`. """
    elapsed_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.event_id, Unset):
            field_dict["event_id"] = self.event_id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.delta, Unset):
            field_dict["delta"] = self.delta
        if self.elapsed_ms is not UNSET:
            field_dict["elapsed_ms"] = to_json(self.elapsed_ms)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationServerEventSessionOutputTranscriptDelta: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['session.output_transcript.delta']", _raw_type_)
            if type_ != "session.output_transcript.delta":
                raise ValueError(
                    f"type must match const 'session.output_transcript.delta', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        delta = d.pop("delta", UNSET)

        _raw_elapsed_ms = d.pop("elapsed_ms", UNSET)
        try:
            elapsed_ms = _parse_elapsed_ms(_raw_elapsed_ms)

        except LENIENT_ERRORS:
            elapsed_ms = _raw_elapsed_ms

        parsed_obj_ = cls(
            event_id=event_id,
            type_=type_,
            delta=delta,
            elapsed_ms=elapsed_ms,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
