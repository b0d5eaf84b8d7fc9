from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel
from ..models.noise_reduction_type import NoiseReductionType, check_noise_reduction_type


@_attrs_define(repr=False)
class RealtimeTranslationSessionAudioInputNoiseReduction(ApiModel):
    """Optional input noise reduction."""

    type: NoiseReductionType | str
    """ Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is
    for far-field microphones such as laptop or conference room microphones.
     """

    _sdk_name_: ClassVar[str] = "AudioInputNoiseReduction"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "NoiseReductionType",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "far_field",
            "near_field",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("type",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = check_noise_reduction_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
