from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter,
    )
    from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeCreateClientSecretRequestExpiresAfter, \
        RealtimeSessionCreateRequestGA, \
        RealtimeTranscriptionSessionCreateRequestGA
    from ..models.realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_request_ga import RealtimeSessionCreateRequestGA  # noqa: PLC0415
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_session(
    data: object,
) -> RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset:
    if isinstance(data, Unset):
        return data
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
                "RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset",
                UnknownVariant(data),
            )
        return cast(
            "RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset",
            variant.from_dict(data),
        )
    return cast(
        "RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset", data
    )


@_attrs_define(repr=False)
class RealtimeCreateClientSecretRequest(ApiModel):
    """Create a session and client secret for the Realtime API. The request can specify
    either a realtime or a transcription session configuration.
    [Learn more about the Realtime API](https://platform.openai.com/docs/guides/realtime).

    """

    expires_after: RealtimeCreateClientSecretRequestExpiresAfter | None = ABSENT
    """ Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
     """

    session: (
        RealtimeSessionCreateRequestGA
        | RealtimeTranscriptionSessionCreateRequestGA
        | UnknownVariant
        | None
    ) = ABSENT
    """ Session configuration to use for the client secret. Choose either a realtime
    session or a transcription session.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("expires_after", "expires_after"),
        ("session", "session"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "expires_after": "RealtimeCreateClientSecretRequestExpiresAfter | Unset",
        "session": "RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "expires_after",
            "session",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.expires_after
        if value_1 is None:
            if "expires_after" in present:
                out["expires_after"] = None
        else:
            out["expires_after"] = to_json(value_1)
        value_2 = self.session
        if value_2 is None:
            if "session" in present:
                out["session"] = None
        else:
            out["session"] = to_json(value_2)
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
        expires_after = get_("expires_after")
        if expires_after is not None:
            try:
                expires_after = (
                    RealtimeCreateClientSecretRequestExpiresAfter._from_dict_(expires_after)
                    if expires_after.__class__ is dict
                    else RealtimeCreateClientSecretRequestExpiresAfter.from_dict(expires_after)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.expires_after = expires_after
        _raw_session = get_("session", UNSET)
        if _raw_session is not UNSET:
            try:
                session = _parse_session(_raw_session)

            except LENIENT_ERRORS:
                session = _raw_session
        else:
            session = _raw_session
        parsed_obj_.session = None if isinstance(session, Unset) else session
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
