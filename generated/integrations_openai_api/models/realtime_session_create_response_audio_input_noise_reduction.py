from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.noise_reduction_type import NoiseReductionType, check_noise_reduction_type
from ..types import UNSET, Unset


def _parse_type_(data: object) -> NoiseReductionType | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = check_noise_reduction_type(data)

        return type_type_0
    except LENIENT_ERRORS:
        pass
    return cast("NoiseReductionType | None | Unset", data)


@_attrs_define(repr=False)
class RealtimeSessionCreateResponseAudioInputNoiseReduction(ApiModel):
    """Configuration for input audio noise reduction."""

    type: NoiseReductionType | str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "NoiseReductionType | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("type",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _parse_type_(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
