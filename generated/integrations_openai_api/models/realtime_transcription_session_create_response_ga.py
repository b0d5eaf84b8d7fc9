from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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
                    'Literal["item.input_audio_transcription.logprobs"]', include_type_0_item_data
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
    return cast('list[Literal["item.input_audio_transcription.logprobs"]] | None | Unset', data)


def _parse_audio(data: object) -> None | RealtimeTranscriptionSessionCreateResponseGAAudio | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeTranscriptionSessionCreateResponseGAAudio.from_dict(data)
    return cast("None | RealtimeTranscriptionSessionCreateResponseGAAudio | Unset", data)


@_attrs_define(repr=False)
class RealtimeTranscriptionSessionCreateResponseGA(ApiModel):
    """A Realtime transcription session configuration object."""

    id: str
    """ Unique identifier for the session that looks like `sess_1234567890abcdef`.
     """

    object: str
    """ The object type. Always `realtime.transcription_session`. """

    type: Literal["transcription"] = "transcription"
    """ The type of session. Always `transcription` for transcription sessions.
     """

    expires_at: int | None = ABSENT
    """ Expiration timestamp for the session, in seconds since epoch. """

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = ABSENT
    """ Additional fields to include in server outputs.
    - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
     """

    audio: RealtimeTranscriptionSessionCreateResponseGAAudio | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("id", "id"),
        ("object", "object"),
        ("expires_at", "expires_at"),
        ("include", "include"),
        ("audio", "audio"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['transcription']",
        "id": "str",
        "object": "str",
        "expires_at": "int | None | Unset",
        "include": "list[Literal['item.input_audio_transcription.logprobs']] | None | Unset",
        "audio": "None | RealtimeTranscriptionSessionCreateResponseGAAudio | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["transcription"]', _raw_type_)
            if type_ != "transcription":
                raise ValueError(f"type must match const 'transcription', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", None)

        object_ = d.pop("object", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.id = id
        parsed_obj_.object = object_
        parsed_obj_.expires_at = None if isinstance(expires_at, Unset) else expires_at
        parsed_obj_.include = None if isinstance(include, Unset) else include
        parsed_obj_.audio = None if isinstance(audio, Unset) else audio
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
