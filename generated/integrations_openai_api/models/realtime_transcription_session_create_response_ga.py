from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
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
    """ Configuration for input audio for the session.
     """

    _sdk_name_: ClassVar[str] = "RealtimeTranscriptionSessionCreateResponse"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object", "object"),
        ("type", "type"),
        ("audio", "audio"),
        ("expires_at", "expires_at"),
        ("include", "include"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['transcription']",
        "id": "str",
        "object": "str",
        "expires_at": "int | Unset",
        "include": "list[Literal['item.input_audio_transcription.logprobs']] | Unset",
        "audio": "RealtimeTranscriptionSessionCreateResponseGAAudio | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.object
        if value_2 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        value_4 = self.audio
        if value_4 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = to_json(value_4)
        value_5 = self.expires_at
        if value_5 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = value_5
        value_6 = self.include
        if value_6 is None:
            if "include" in present:
                out["include"] = None
        else:
            out["include"] = to_json(value_6)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = d.pop("type", None)

        id = d.pop("id", None)

        object_ = d.pop("object", None)

        expires_at = d.pop("expires_at", None)

        _raw_include = d.pop("include", UNSET)
        try:
            _include = _raw_include
            include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
            if _include is not UNSET:
                if not isinstance(_include, list):
                    raise TypeError()
                include = []
                for include_item_data in _include:
                    try:
                        include_item = cast(
                            'Literal["item.input_audio_transcription.logprobs"]', include_item_data
                        )
                        if include_item != "item.input_audio_transcription.logprobs":
                            raise ValueError(
                                f"include_item must match const 'item.input_audio_transcription.logprobs', got '{include_item}'"
                            )
                    except LENIENT_ERRORS:
                        include_item = include_item_data
                    include.append(include_item)

        except LENIENT_ERRORS:
            include = _raw_include

        _raw_audio = d.pop("audio", UNSET)
        try:
            _audio = _raw_audio
            audio: RealtimeTranscriptionSessionCreateResponseGAAudio | Unset
            if isinstance(_audio, Unset):
                audio = UNSET
            else:
                audio = RealtimeTranscriptionSessionCreateResponseGAAudio.from_dict(_audio)

        except LENIENT_ERRORS:
            audio = _raw_audio

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.id = id
        parsed_obj_.object = object_
        parsed_obj_.expires_at = expires_at
        parsed_obj_.include = None if isinstance(include, Unset) else include
        parsed_obj_.audio = None if isinstance(audio, Unset) else audio
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
