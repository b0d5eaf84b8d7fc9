from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class OutputAudio(ApiModel):
    """An audio output from the model."""

    data: str
    """ Base64-encoded audio data from the model.
     """

    transcript: str
    """ The transcript of the audio data from the model.
     """

    type: Literal["output_audio"] = "output_audio"
    """ The type of the output audio. Always `output_audio`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("data", "data"),
        ("transcript", "transcript"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['output_audio']",
        "data": "str",
        "transcript": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("output_audio",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "data",
        "transcript",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "data",
            "transcript",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["output_audio"]', _raw_type_)
            if type_ != "output_audio":
                raise ValueError(f"type must match const 'output_audio', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        data = d.pop("data", None)

        transcript = d.pop("transcript", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.data = data
        parsed_obj_.transcript = transcript
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
