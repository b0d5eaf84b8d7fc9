from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter,
    )
    from ..models.realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeCreateClientSecretRequestExpiresAfter, \
        RealtimeTranslationSessionCreateRequest
    from ..models.realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter,  # noqa: PLC0415
    )
    from ..models.realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest,  # noqa: PLC0415
    )

    _lazy_loaded = True


@_attrs_define(repr=False)
class RealtimeTranslationClientSecretCreateRequest(ApiModel):
    """Create a translation session and client secret for the Realtime API."""

    session: RealtimeTranslationSessionCreateRequest
    """ Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.
     """

    expires_after: RealtimeCreateClientSecretRequestExpiresAfter | None = ABSENT
    """ Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("session", "session"),
        ("expires_after", "expires_after"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "session": "RealtimeTranslationSessionCreateRequest",
        "expires_after": "RealtimeCreateClientSecretRequestExpiresAfter | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("session",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "session",
            "expires_after",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_session = d.pop("session", None)
        try:
            session = RealtimeTranslationSessionCreateRequest.from_dict(_raw_session)

        except LENIENT_ERRORS:
            session = _raw_session

        _raw_expires_after = d.pop("expires_after", UNSET)
        try:
            _expires_after = _raw_expires_after
            expires_after: RealtimeCreateClientSecretRequestExpiresAfter | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = RealtimeCreateClientSecretRequestExpiresAfter.from_dict(
                    _expires_after
                )

        except LENIENT_ERRORS:
            expires_after = _raw_expires_after

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.session = session
        parsed_obj_.expires_after = None if isinstance(expires_after, Unset) else expires_after
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
