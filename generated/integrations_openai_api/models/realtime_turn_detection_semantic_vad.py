from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.realtime_turn_detection_semantic_vad_eagerness import (
    RealtimeTurnDetectionSemanticVADEagerness,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.eagerness = get_("eagerness")
        parsed_obj_.create_response = get_("create_response")
        parsed_obj_.interrupt_response = get_("interrupt_response")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
