from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SubmitToolOutputsRunRequestToolOutputsItem(ApiModel):
    tool_call_id: str | None = ABSENT
    """ The ID of the tool call in the `required_action` object within the run object the output is being submitted
    for. """

    output: str | None = ABSENT
    """ The output of the tool call to be submitted to continue the run. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("tool_call_id", "tool_call_id"),
        ("output", "output"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "tool_call_id": "str | Unset",
        "output": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "tool_call_id",
            "output",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.tool_call_id
        if value_1 is None:
            if "tool_call_id" in present:
                out["tool_call_id"] = None
        else:
            out["tool_call_id"] = value_1
        value_2 = self.output
        if value_2 is None:
            if "output" in present:
                out["output"] = None
        else:
            out["output"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.tool_call_id = get_("tool_call_id")
        parsed_obj_.output = get_("output")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
