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
    from ..models.log_prob_properties import LogProbProperties

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, LogProbProperties
    from ..models.log_prob_properties import LogProbProperties  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_logprobs(data: object) -> list[LogProbProperties] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        logprobs_type_0 = []
        _logprobs_type_0 = data
        if not isinstance(_logprobs_type_0, list):
            raise TypeError()
        for logprobs_type_0_item_data in _logprobs_type_0:
            try:
                logprobs_type_0_item = (
                    LogProbProperties._from_dict_(logprobs_type_0_item_data)
                    if logprobs_type_0_item_data.__class__ is dict
                    else LogProbProperties.from_dict(logprobs_type_0_item_data)
                )
            except LENIENT_ERRORS:
                logprobs_type_0_item = logprobs_type_0_item_data
            logprobs_type_0.append(logprobs_type_0_item)

        return logprobs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[LogProbProperties] | None | Unset", data)


@_attrs_define(repr=False)
class RealtimeServerEventConversationItemInputAudioTranscriptionDelta(ApiModel):
    """Returned when the text value of an input audio transcription content part is updated with incremental transcription
    results.

    """

    event_id: str
    """ The unique ID of the server event. """

    item_id: str
    """ The ID of the item containing the audio that is being transcribed. """

    type: Literal["conversation.item.input_audio_transcription.delta"] = (
        "conversation.item.input_audio_transcription.delta"
    )
    """ The event type, must be `conversation.item.input_audio_transcription.delta`. """

    content_index: int | None = ABSENT
    """ The index of the content part in the item's content array. """

    delta: str | None = ABSENT
    """ The text delta. """

    logprobs: list[LogProbProperties] | None = ABSENT

    _sdk_name_: ClassVar[str] = "ConversationItemInputAudioTranscriptionDeltaEvent"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "logprobs": {"LogProbProperties": "Logprob"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("event_id", "event_id"),
        ("item_id", "item_id"),
        ("type", "type"),
        ("content_index", "content_index"),
        ("delta", "delta"),
        ("logprobs", "logprobs"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event_id": "str",
        "type": "Literal['conversation.item.input_audio_transcription.delta']",
        "item_id": "str",
        "content_index": "int | Unset",
        "delta": "str | Unset",
        "logprobs": "list[LogProbProperties] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("conversation.item.input_audio_transcription.delta",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "item_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "item_id",
            "content_index",
            "delta",
            "logprobs",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.event_id
        if value_1 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_1
        value_2 = self.item_id
        if value_2 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        value_4 = self.content_index
        if value_4 is None:
            if "content_index" in present:
                out["content_index"] = None
        else:
            out["content_index"] = value_4
        value_5 = self.delta
        if value_5 is None:
            if "delta" in present:
                out["delta"] = None
        else:
            out["delta"] = value_5
        value_6 = self.logprobs
        if value_6 is None:
            if "logprobs" in present:
                out["logprobs"] = None
        else:
            out["logprobs"] = to_json(value_6)
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
        parsed_obj_.event_id = get_("event_id")
        parsed_obj_.type = get_("type")
        parsed_obj_.item_id = get_("item_id")
        parsed_obj_.content_index = get_("content_index")
        parsed_obj_.delta = get_("delta")
        _raw_logprobs = get_("logprobs", UNSET)
        if _raw_logprobs is not None and _raw_logprobs is not UNSET:
            try:
                logprobs = _parse_logprobs(_raw_logprobs)

            except LENIENT_ERRORS:
                logprobs = _raw_logprobs
        else:
            logprobs = _raw_logprobs
        parsed_obj_.logprobs = None if isinstance(logprobs, Unset) else logprobs
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
