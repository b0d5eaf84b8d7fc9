from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceConsentResource")


@_attrs_define
class VoiceConsentResource:
    """A consent recording used to authorize creation of a custom voice."""

    id: str
    """ The consent recording identifier. """
    name: str
    """ The label provided when the consent recording was uploaded. """
    language: str
    """ The BCP 47 language tag for the consent phrase (for example, `en-US`). """
    created_at: int
    """ The Unix timestamp (in seconds) for when the consent recording was created. """
    object_: Literal["audio.voice_consent"] = "audio.voice_consent"
    """ The object type, which is always `audio.voice_consent`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("audio.voice_consent",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "name",
        "language",
        "created_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "name",
            "language",
            "created_at",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.language, Unset):
            field_dict["language"] = self.language
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"VoiceConsentResource: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['audio.voice_consent']", _raw_object_)
            if object_ != "audio.voice_consent":
                raise ValueError(f"object must match const 'audio.voice_consent', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        language = d.pop("language", UNSET)

        created_at = d.pop("created_at", UNSET)

        parsed_obj_ = cls(
            object_=object_,
            id=id,
            name=name,
            language=language,
            created_at=created_at,
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
