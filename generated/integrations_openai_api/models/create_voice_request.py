from __future__ import annotations

from io import BytesIO
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from .._runtime.wire import multipart_files
from ..types import File

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.name
        if value_1 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_1
        value_2 = self.audio_sample
        if value_2 is None:
            if "audio_sample" in present:
                out["audio_sample"] = None
        else:
            out["audio_sample"] = to_json(value_2)
        value_3 = self.consent
        if value_3 is None:
            if "consent" in present:
                out["consent"] = None
        else:
            out["consent"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = get_("name")
        _raw_audio_sample = get_("audio_sample", None)
        try:
            audio_sample = File(payload=BytesIO(_raw_audio_sample))

        except LENIENT_ERRORS:
            audio_sample = _raw_audio_sample
        parsed_obj_.audio_sample = audio_sample
        parsed_obj_.consent = get_("consent")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
