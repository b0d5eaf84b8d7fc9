from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "audio": {"RealtimeTranscriptionSessionCreateResponseGAAudio": "Audio"}
    }
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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.expires_at = get_("expires_at")
        _raw_include = get_("include", UNSET)
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
        parsed_obj_.include = None if isinstance(include, Unset) else include
        audio = get_("audio")
        if audio is not None:
            try:
                audio = (
                    RealtimeTranscriptionSessionCreateResponseGAAudio._from_dict_(audio)
                    if audio.__class__ is dict
                    else RealtimeTranscriptionSessionCreateResponseGAAudio.from_dict(audio)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.audio = audio
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
