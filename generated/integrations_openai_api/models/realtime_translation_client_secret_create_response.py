from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_session import RealtimeTranslationSession

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeTranslationSession
    from ..models.realtime_translation_session import RealtimeTranslationSession  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeTranslationClientSecretCreateResponse")


@_attrs_define
class RealtimeTranslationClientSecretCreateResponse:
    """Response from creating a translation session and client secret for the Realtime API."""

    value: str
    """ The generated client secret value. """
    expires_at: int
    """ Expiration timestamp for the client secret, in seconds since epoch. """
    session: RealtimeTranslationSession
    """ A Realtime translation session. Translation sessions continuously translate input
    audio into the configured output language.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.value, Unset):
            field_dict["value"] = self.value
        if not isinstance(self.expires_at, Unset):
            field_dict["expires_at"] = self.expires_at
        if not isinstance(self.session, Unset):
            field_dict["session"] = to_json(self.session)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationClientSecretCreateResponse: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        _raw_session = d.pop("session", UNSET)
        try:
            session = RealtimeTranslationSession.from_dict(_raw_session)

        except LENIENT_ERRORS:
            session = _raw_session

        parsed_obj_ = cls(
            value=value,
            expires_at=expires_at,
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
