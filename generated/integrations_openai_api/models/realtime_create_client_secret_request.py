from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="RealtimeCreateClientSecretRequest")


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


@_attrs_define
class RealtimeCreateClientSecretRequest:
    """Create a session and client secret for the Realtime API. The request can specify
    either a realtime or a transcription session configuration.
    [Learn more about the Realtime API](/docs/guides/realtime).

    """

    expires_after: RealtimeCreateClientSecretRequestExpiresAfter | Unset = UNSET
    """ Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.
     """
    session: (
        RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset
    ) = UNSET
    """ Session configuration to use for the client secret. Choose either a realtime
    session or a transcription session.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "expires_after",
            "session",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = to_json(self.expires_after)
        if self.session is not UNSET:
            field_dict["session"] = to_json(self.session)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeCreateClientSecretRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
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

        _raw_session = d.pop("session", UNSET)
        try:
            session = _parse_session(_raw_session)

        except LENIENT_ERRORS:
            session = _raw_session

        parsed_obj_ = cls(
            expires_after=expires_after,
            session=session,
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
