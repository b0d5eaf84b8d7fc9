from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..models.realtime_turn_detection_semantic_vad_eagerness import (
    RealtimeTurnDetectionSemanticVADEagerness,
    check_realtime_turn_detection_semantic_vad_eagerness,
)
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class RealtimeTurnDetectionSemanticVAD(ApiModel):
    """Server-side semantic turn detection which uses a model to determine when the user has finished speaking."""

    type: Literal["semantic_vad"]
    """ Type of turn detection, `semantic_vad` to turn on Semantic VAD.
     """

    eagerness: RealtimeTurnDetectionSemanticVADEagerness | str | None = ABSENT
    """ Used only for `semantic_vad` mode. The eagerness of the model to respond. `low` will wait longer for the
    user to continue speaking, `high` will respond more quickly. `auto` is the default and is equivalent to
    `medium`. `low`, `medium`, and `high` have max timeouts of 8s, 4s, and 2s respectively.

    Server default: `"auto"`. """

    create_response: bool | None = ABSENT
    """ Whether or not to automatically generate a response when a VAD stop event occurs.

    Server default: `true`. """

    interrupt_response: bool | None = ABSENT
    """ Whether or not to automatically interrupt any ongoing response with output to the default
    conversation (i.e. `conversation` of `auto`) when a VAD start event occurs.

    Server default: `true`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("create_response", "create_response"),
        ("eagerness", "eagerness"),
        ("interrupt_response", "interrupt_response"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['semantic_vad']",
        "eagerness": "RealtimeTurnDetectionSemanticVADEagerness | Unset",
        "create_response": "bool | Unset",
        "interrupt_response": "bool | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("semantic_vad",),
        "eagerness": (
            "auto",
            "high",
            "low",
            "medium",
        ),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.create_response
        if value_2 is None:
            if "create_response" in present:
                out["create_response"] = None
        else:
            out["create_response"] = value_2
        value_3 = self.eagerness
        if value_3 is None:
            if "eagerness" in present:
                out["eagerness"] = None
        else:
            out["eagerness"] = value_3
        value_4 = self.interrupt_response
        if value_4 is None:
            if "interrupt_response" in present:
                out["interrupt_response"] = None
        else:
            out["interrupt_response"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        type_ = d.pop("type", None)

        _raw_eagerness = d.pop("eagerness", UNSET)
        try:
            _eagerness = _raw_eagerness
            eagerness: RealtimeTurnDetectionSemanticVADEagerness | Unset
            if isinstance(_eagerness, Unset):
                eagerness = UNSET
            else:
                eagerness = check_realtime_turn_detection_semantic_vad_eagerness(_eagerness)

        except LENIENT_ERRORS:
            eagerness = _raw_eagerness

        create_response = d.pop("create_response", None)

        interrupt_response = d.pop("interrupt_response", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.eagerness = None if isinstance(eagerness, Unset) else eagerness
        parsed_obj_.create_response = create_response
        parsed_obj_.interrupt_response = interrupt_response
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
