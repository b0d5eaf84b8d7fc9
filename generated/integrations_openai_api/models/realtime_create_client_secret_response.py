from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant
from .._runtime.model import ApiModel

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
class RealtimeCreateClientSecretResponse(ApiModel):
    """Response from creating a session and client secret for the Realtime API."""

    value: str
    """ The generated client secret value. """

    expires_at: int
    """ Expiration timestamp for the client secret, in seconds since epoch. """

    session: (
        RealtimeSessionCreateResponseGA
        | RealtimeTranscriptionSessionCreateResponseGA
        | UnknownVariant
    )
    """ The session configuration for either a realtime or transcription session.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("value", "value"),
        ("expires_at", "expires_at"),
        ("session", "session"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "value": "str",
        "expires_at": "int",
        "session": "RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "value",
        "expires_at",
        "session",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "value",
            "expires_at",
            "session",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        value = d.pop("value", None)

        expires_at = d.pop("expires_at", None)

        _raw_session = d.pop("session", None)
        try:
            session = _parse_session(_raw_session)

        except LENIENT_ERRORS:
            session = _raw_session

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.value = value
        parsed_obj_.expires_at = expires_at
        parsed_obj_.session = session
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
