from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.realtime_session_create_response_ga import RealtimeSessionCreateResponseGA
    from ..models.realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeSessionCreateResponseGA, \
        RealtimeTranscriptionSessionCreateResponseGA
    from ..models.realtime_session_create_response_ga import RealtimeSessionCreateResponseGA  # noqa: PLC0415
    from ..models.realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_session(
    data: object,
) -> RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RealtimeSessionCreateResponseGA,
                RealtimeTranscriptionSessionCreateResponseGA,
            ),
        )
        if variant is None:
            return cast(
                "RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA",
                UnknownVariant(data),
            )
        return cast(
            "RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA",
            variant.from_dict(data),
        )
    return cast(
        "RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA", data
    )


@_attrs_define(repr=False)
class RealtimeServerEventSessionUpdated(ApiModel):
    """Returned when a session is updated with a `session.update` event, unless
    there is an error.

    """

    event_id: str
    """ The unique ID of the server event. """

    session: (
        RealtimeSessionCreateResponseGA
        | RealtimeTranscriptionSessionCreateResponseGA
        | UnknownVariant
    )
    """ The session configuration. """

    type: Literal["session.updated"] = "session.updated"
    """ The event type, must be `session.updated`. """

    _sdk_name_: ClassVar[str] = "SessionUpdatedEvent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("event_id", "event_id"),
        ("session", "session"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event_id": "str",
        "type": "Literal['session.updated']",
        "session": "RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("session.updated",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "session",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "session",
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
        value_2 = self.session
        if value_2 is None:
            if "session" in present:
                out["session"] = None
        else:
            out["session"] = to_json(value_2)
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
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
        parsed_obj_.event_id = get_("event_id")
        parsed_obj_.type = get_("type")
        _raw_session = get_("session", None)
        try:
            session = _parse_session(_raw_session)

        except LENIENT_ERRORS:
            session = _raw_session
        parsed_obj_.session = session
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
