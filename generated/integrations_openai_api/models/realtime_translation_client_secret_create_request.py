from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.session
        if value_1 is None:
            if "session" in present:
                out["session"] = None
        else:
            out["session"] = to_json(value_1)
        value_2 = self.expires_after
        if value_2 is None:
            if "expires_after" in present:
                out["expires_after"] = None
        else:
            out["expires_after"] = to_json(value_2)
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
        session = get_("session")
        if session is not None:
            try:
                session = (
                    RealtimeTranslationSessionCreateRequest._from_dict_(session)
                    if session.__class__ is dict
                    else RealtimeTranslationSessionCreateRequest.from_dict(session)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.session = session
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
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
