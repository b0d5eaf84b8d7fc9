from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.input_audio_input_audio_format import (
    InputAudioInputAudioFormat,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class InputAudioInputAudio(ApiModel):
    data: str
    """ Base64-encoded audio data.
     """

    format: InputAudioInputAudioFormat | str
    """ The format of the audio data. Currently supported formats are `mp3` and
    `wav`.
     """

    _sdk_name_: ClassVar[str] = "InputAudio"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("format", "format"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "data": "str",
        "format": "InputAudioInputAudioFormat",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.data
        if value_1 is None:
            if "data" in present:
                out["data"] = None
        else:
            out["data"] = value_1
        value_2 = self.format
        if value_2 is None:
            if "format" in present:
                out["format"] = None
        else:
            out["format"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.data = get_("data")
        parsed_obj_.format = get_("format")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
