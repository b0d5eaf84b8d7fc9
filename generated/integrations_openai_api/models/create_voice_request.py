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
class CreateVoiceRequest(ApiModel):
    name: str
    """ The name of the new voice. """

    audio_sample: File
    """ The sample audio recording file. Maximum size is 10 MiB.

    Supported MIME types:
    `audio/mpeg`, `audio/wav`, `audio/x-wav`, `audio/ogg`, `audio/aac`, `audio/flac`, `audio/webm`, `audio/mp4`.
     """

    consent: str
    """ The consent recording ID (for example, `cons_1234`). """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("audio_sample", "audio_sample"),
        ("consent", "consent"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "audio_sample": "File",
        "consent": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "name",
        "audio_sample",
        "consent",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "audio_sample",
            "consent",
        )
    )

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("name", self.name),
                ("audio_sample", self.audio_sample),
                ("consent", self.consent),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        name = d.pop("name", None)

        _raw_audio_sample = d.pop("audio_sample", None)
        try:
            audio_sample = File(payload=BytesIO(_raw_audio_sample))

        except LENIENT_ERRORS:
            audio_sample = _raw_audio_sample

        consent = d.pop("consent", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = name
        parsed_obj_.audio_sample = audio_sample
        parsed_obj_.consent = consent
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
