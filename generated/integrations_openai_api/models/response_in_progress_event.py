from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.response_object import ResponseObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseObject
    from ..models.response_object import ResponseObject  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ResponseInProgressEvent(ApiModel):
    """Emitted when the response is in progress."""

    response: ResponseObject

    sequence_number: int
    """ The sequence number of this event. """

    type: Literal["response.in_progress"] = "response.in_progress"
    """ The type of the event. Always `response.in_progress`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("response", "response"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['response.in_progress']",
        "response": "ResponseObject",
        "sequence_number": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.in_progress",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "response",
        "sequence_number",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "response",
            "sequence_number",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.response
        if value_1 is None:
            if "response" in present:
                out["response"] = None
        else:
            out["response"] = to_json(value_1)
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
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        response = get_("response")
        if response is not None:
            try:
                response = (
                    ResponseObject._from_dict_(response)
                    if response.__class__ is dict
                    else ResponseObject.from_dict(response)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.response = response
        parsed_obj_.sequence_number = get_("sequence_number")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
