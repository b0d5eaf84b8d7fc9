from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeTranscriptionSessionCreateResponseGAAudio
    from ..models.realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponseGA")


def _parse_expires_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_include(
    data: object,
) -> list[Literal["item.input_audio_transcription.logprobs"]] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        include_type_0 = []
        _include_type_0 = data
        if not isinstance(_include_type_0, list):
            raise TypeError()
        for include_type_0_item_data in _include_type_0:
            try:
                include_type_0_item = cast(
                    "Literal['item.input_audio_transcription.logprobs']", include_type_0_item_data
                )
                if include_type_0_item != "item.input_audio_transcription.logprobs":
                    raise ValueError(
                        f"include_type_0_item must match const 'item.input_audio_transcription.logprobs', got '{include_type_0_item}'"
                    )
            except LENIENT_ERRORS:
                include_type_0_item = include_type_0_item_data
            include_type_0.append(include_type_0_item)

        return include_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[Literal['item.input_audio_transcription.logprobs']] | None | Unset", data)


def _parse_audio(data: object) -> None | RealtimeTranscriptionSessionCreateResponseGAAudio | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeTranscriptionSessionCreateResponseGAAudio.from_dict(data)
    return cast("None | RealtimeTranscriptionSessionCreateResponseGAAudio | Unset", data)


@_attrs_define
class RealtimeTranscriptionSessionCreateResponseGA:
    """A Realtime transcription session configuration object."""

    id: str
    """ Unique identifier for the session that looks like `sess_1234567890abcdef`.
     """
    object_: str
    """ The object type. Always `realtime.transcription_session`. """
    type_: Literal["transcription"] = "transcription"
    """ The type of session. Always `transcription` for transcription sessions.
     """
    expires_at: int | None | Unset = UNSET
    """ Expiration timestamp for the session, in seconds since epoch. """
    include: list[Literal["item.input_audio_transcription.logprobs"]] | None | Unset = UNSET
    """ Additional fields to include in server outputs.
    - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
     """
    audio: None | RealtimeTranscriptionSessionCreateResponseGAAudio | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("transcription",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "object",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "object",
            "expires_at",
            "include",
            "audio",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = to_json(self.expires_at)
        if self.include is not UNSET:
            field_dict["include"] = to_json(self.include)
        if self.audio is not UNSET:
            field_dict["audio"] = to_json(self.audio)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranscriptionSessionCreateResponseGA: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['transcription']", _raw_type_)
            if type_ != "transcription":
                raise ValueError(f"type must match const 'transcription', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        _raw_expires_at = d.pop("expires_at", UNSET)
        try:
            expires_at = _parse_expires_at(_raw_expires_at)

        except LENIENT_ERRORS:
            expires_at = _raw_expires_at

        _raw_include = d.pop("include", UNSET)
        try:
            include = _parse_include(_raw_include)

        except LENIENT_ERRORS:
            include = _raw_include

        _raw_audio = d.pop("audio", UNSET)
        try:
            audio = _parse_audio(_raw_audio)

        except LENIENT_ERRORS:
            audio = _raw_audio

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            object_=object_,
            expires_at=expires_at,
            include=include,
            audio=audio,
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
