from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from ..models.chat_completion_request_message_content_part_audio_input_audio_format import (
    ChatCompletionRequestMessageContentPartAudioInputAudioFormat,
    check_chat_completion_request_message_content_part_audio_input_audio_format,
)


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartAudioInputAudio(ApiModel):
    data: str
    """ Base64 encoded audio data. """

    format: ChatCompletionRequestMessageContentPartAudioInputAudioFormat | str
    """ The format of the encoded audio data. Currently supports "wav" and "mp3".
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("format", "format"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "data": "str",
        "format": "ChatCompletionRequestMessageContentPartAudioInputAudioFormat",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "format": (
            "mp3",
            "wav",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "data",
        "format",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "data",
            "format",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        data = d.pop("data", None)

        _raw_format_ = d.pop("format", None)
        try:
            format_ = check_chat_completion_request_message_content_part_audio_input_audio_format(
                _raw_format_
            )

        except LENIENT_ERRORS:
            format_ = _raw_format_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.data = data
        parsed_obj_.format = format_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
