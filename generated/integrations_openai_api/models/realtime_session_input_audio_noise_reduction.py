from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.noise_reduction_type import NoiseReductionType, check_noise_reduction_type
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class RealtimeSessionInputAudioNoiseReduction(ApiModel):
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by
    improving perception of the input audio.

    Server default: `null`.

    """

    type: NoiseReductionType | str | None = ABSENT
    """ Type of noise reduction. `near_field` is for close-talking microphones such as headphones, `far_field` is
    for far-field microphones such as laptop or conference room microphones.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "NoiseReductionType | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "far_field",
            "near_field",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("type",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: NoiseReductionType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_noise_reduction_type(_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
