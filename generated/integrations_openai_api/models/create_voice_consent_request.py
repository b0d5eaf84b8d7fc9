from __future__ import annotations

from io import BytesIO
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import types
from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from .._runtime.wire import multipart_files
from ..types import File


@_attrs_define(repr=False)
class CreateVoiceConsentRequest(ApiModel):
    name: str
    """ The label to use for this consent recording. """

    recording: File
    """ The consent audio recording file. Maximum size is 10 MiB.

    Supported MIME types:
    `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
     """

    language: str
    """ The BCP 47 language tag for the consent phrase (for example, `en-US`). """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("recording", "recording"),
        ("language", "language"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "recording": "File",
        "language": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "name",
        "recording",
        "language",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "recording",
            "language",
        )
    )

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("name", self.name),
                ("recording", self.recording),
                ("language", self.language),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        name = d.pop("name", None)

        _raw_recording = d.pop("recording", None)
        try:
            recording = File(payload=BytesIO(_raw_recording))

        except LENIENT_ERRORS:
            recording = _raw_recording

        language = d.pop("language", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = name
        parsed_obj_.recording = recording
        parsed_obj_.language = language
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
