from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeSessionCreateRequestGA, RealtimeTranscriptionSessionCreateRequestGA
    from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA  # noqa: PLC0415
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeClientEventSessionUpdate")


def _parse_session(
    data: object,
) -> RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RealtimeSessionCreateRequestGA,
                RealtimeTranscriptionSessionCreateRequestGA,
            ),
        )
        if variant is None:
            return cast(
                "RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA",
                UnknownVariant(data),
            )
        return cast(
            "RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA",
            variant.from_dict(data),
        )
    return cast(
        "RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA", data
    )


@_attrs_define
class RealtimeClientEventSessionUpdate:
    """Send this event to update the session’s configuration.
    The client may send this event at any time to update any field
    except for `voice` and `model`. `voice` can be updated only if there have been no other audio outputs yet.

    When the server receives a `session.update`, it will respond
    with a `session.updated` event showing the full, effective configuration.
    Only the fields that are present in the `session.update` are updated. To clear a field like
    `instructions`, pass an empty string. To clear a field like `tools`, pass an empty array.
    To clear a field like `turn_detection`, pass `null`.

    """

    session: RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA
    """ Update the Realtime session. Choose either a realtime
    session or a transcription session.
     """
    type_: Literal["session.update"] = "session.update"
    """ The event type, must be `session.update`. """
    event_id: str | Unset = UNSET
    """ Optional client-generated ID used to identify this event. This is an arbitrary string that a client may
    assign. It will be passed back if there is an error with the event, but the corresponding `session.updated`
    event will not include it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("session.update",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "session",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "session",
            "event_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.session, Unset):
            field_dict["session"] = to_json(self.session)
        if self.event_id is not UNSET:
            field_dict["event_id"] = self.event_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeClientEventSessionUpdate: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['session.update']", _raw_type_)
            if type_ != "session.update":
                raise ValueError(f"type must match const 'session.update', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_session = d.pop("session", UNSET)
        try:
            session = _parse_session(_raw_session)

        except LENIENT_ERRORS:
            session = _raw_session

        event_id = d.pop("event_id", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            session=session,
            event_id=event_id,
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
