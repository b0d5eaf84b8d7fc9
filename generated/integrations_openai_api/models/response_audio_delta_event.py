from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ResponseAudioDeltaEvent(ApiModel):
    """Emitted when there is a partial audio response."""

    sequence_number: int
    """ A sequence number for this chunk of the stream response.
     """

    delta: str
    """ A chunk of Base64 encoded response audio bytes.
     """

    type: Literal["response.audio.delta"] = "response.audio.delta"
    """ The type of the event. Always `response.audio.delta`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delta", "delta"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['response.audio.delta']",
        "sequence_number": "int",
        "delta": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.audio.delta",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "sequence_number",
        "delta",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "sequence_number",
            "delta",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.delta
        if value_1 is None:
            if "delta" in present:
                out["delta"] = None
        else:
            out["delta"] = value_1
        value_2 = self.sequence_number
        if value_2 is None:
            if "sequence_number" in present:
                out["sequence_number"] = None
        else:
            out["sequence_number"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
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
        parsed_obj_.sequence_number = get_("sequence_number")
        parsed_obj_.delta = get_("delta")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
