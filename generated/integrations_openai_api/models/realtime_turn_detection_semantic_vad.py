from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.realtime_turn_detection_semantic_vad_eagerness import (
    RealtimeTurnDetectionSemanticVADEagerness,
    check_realtime_turn_detection_semantic_vad_eagerness,
)
from ..types import UNSET, Unset


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


@_attrs_define(repr=False)
class RealtimeTurnDetectionSemanticVAD(ApiModel):
    """Server-side semantic turn detection which uses a model to determine when the user has finished speaking."""

    type: Literal["semantic_vad"]
    """ Type of turn detection, `semantic_vad` to turn on Semantic VAD.
     """

    eagerness: RealtimeTurnDetectionSemanticVADEagerness | str | None = ABSENT

    create_response: bool | None = ABSENT
    """ Whether or not to automatically generate a response when a VAD stop event occurs.

    Server default: `true`. """

    interrupt_response: bool | None = ABSENT
    """ Whether or not to automatically interrupt any ongoing response with output to the default
    conversation (i.e. `conversation` of `auto`) when a VAD start event occurs.

    Server default: `true`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("eagerness", "eagerness"),
        ("create_response", "create_response"),
        ("interrupt_response", "interrupt_response"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['semantic_vad']",
        "eagerness": "None | RealtimeTurnDetectionSemanticVADEagerness | Unset",
        "create_response": "bool | None | Unset",
        "interrupt_response": "bool | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["semantic_vad"]', _raw_type_)
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.eagerness = None if isinstance(eagerness, Unset) else eagerness
        parsed_obj_.create_response = (
            None if isinstance(create_response, Unset) else create_response
        )
        parsed_obj_.interrupt_response = (
            None if isinstance(interrupt_response, Unset) else interrupt_response
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
