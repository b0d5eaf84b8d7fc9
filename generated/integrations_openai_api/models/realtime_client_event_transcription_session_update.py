from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeTranscriptionSessionCreateRequest
    from ..models.realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeClientEventTranscriptionSessionUpdate(ApiModel):
    """Send this event to update a transcription session."""

    session: RealtimeTranscriptionSessionCreateRequest
    """ Realtime transcription session object configuration. """

    type: Literal["transcription_session.update"] = "transcription_session.update"
    """ The event type, must be `transcription_session.update`. """

    event_id: str | None = ABSENT
    """ Optional client-generated ID used to identify this event. """

    _sdk_name_: ClassVar[str] = "TranscriptionSessionUpdate"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("session", "session"),
        ("type", "type"),
        ("event_id", "event_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['transcription_session.update']",
        "session": "RealtimeTranscriptionSessionCreateRequest",
        "event_id": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("transcription_session.update",),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.session
        if value_1 is None:
            if "session" in present:
                out["session"] = None
        else:
            out["session"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.event_id
        if value_3 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_3
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
        parsed_obj_.type = get_("type")
        session = get_("session")
        if session is not None:
            try:
                session = (
                    RealtimeTranscriptionSessionCreateRequest._from_dict_(session)
                    if session.__class__ is dict
                    else RealtimeTranscriptionSessionCreateRequest.from_dict(session)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.session = session
        parsed_obj_.event_id = get_("event_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
