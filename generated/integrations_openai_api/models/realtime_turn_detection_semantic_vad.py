from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.realtime_turn_detection_semantic_vad_eagerness import (
    RealtimeTurnDetectionSemanticVADEagerness,
    check_realtime_turn_detection_semantic_vad_eagerness,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTurnDetectionSemanticVAD")


def _parse_eagerness(data: object) -> None | RealtimeTurnDetectionSemanticVADEagerness | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        eagerness_type_0 = check_realtime_turn_detection_semantic_vad_eagerness(data)

        return eagerness_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | RealtimeTurnDetectionSemanticVADEagerness | Unset", data)


def _parse_create_response(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_interrupt_response(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


@_attrs_define
class RealtimeTurnDetectionSemanticVAD:
    """Server-side semantic turn detection which uses a model to determine when the user has finished speaking."""

    type_: Literal["semantic_vad"]
    """ Type of turn detection, `semantic_vad` to turn on Semantic VAD.
     """
    eagerness: None | RealtimeTurnDetectionSemanticVADEagerness | Unset = UNSET
    create_response: bool | None | Unset = UNSET
    """ Whether or not to automatically generate a response when a VAD stop event occurs.

    Server default: `true`. """
    interrupt_response: bool | None | Unset = UNSET
    """ Whether or not to automatically interrupt any ongoing response with output to the default
    conversation (i.e. `conversation` of `auto`) when a VAD start event occurs.

    Server default: `true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("semantic_vad",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "eagerness",
            "create_response",
            "interrupt_response",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.eagerness is not UNSET:
            field_dict["eagerness"] = to_json(self.eagerness)
        if self.create_response is not UNSET:
            field_dict["create_response"] = to_json(self.create_response)
        if self.interrupt_response is not UNSET:
            field_dict["interrupt_response"] = to_json(self.interrupt_response)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTurnDetectionSemanticVAD: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['semantic_vad']", _raw_type_)
            if type_ != "semantic_vad":
                raise ValueError(f"type must match const 'semantic_vad', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_eagerness = d.pop("eagerness", UNSET)
        try:
            eagerness = _parse_eagerness(_raw_eagerness)

        except LENIENT_ERRORS:
            eagerness = _raw_eagerness

        _raw_create_response = d.pop("create_response", UNSET)
        try:
            create_response = _parse_create_response(_raw_create_response)

        except LENIENT_ERRORS:
            create_response = _raw_create_response

        _raw_interrupt_response = d.pop("interrupt_response", UNSET)
        try:
            interrupt_response = _parse_interrupt_response(_raw_interrupt_response)

        except LENIENT_ERRORS:
            interrupt_response = _raw_interrupt_response

        parsed_obj_ = cls(
            type_=type_,
            eagerness=eagerness,
            create_response=create_response,
            interrupt_response=interrupt_response,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
