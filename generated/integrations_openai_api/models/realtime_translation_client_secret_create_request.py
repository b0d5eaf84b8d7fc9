from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="RealtimeTranslationClientSecretCreateRequest")


@_attrs_define
class RealtimeTranslationClientSecretCreateRequest:
    """Create a translation session and client secret for the Realtime API."""

    session: RealtimeTranslationSessionCreateRequest
    """ Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.
     """
    expires_after: RealtimeCreateClientSecretRequestExpiresAfter | Unset = UNSET
    """ Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("session",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "session",
            "expires_after",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.session, Unset):
            field_dict["session"] = to_json(self.session)
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = to_json(self.expires_after)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationClientSecretCreateRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_session = d.pop("session", UNSET)
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

        parsed_obj_ = cls(
            session=session,
            expires_after=expires_after,
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
