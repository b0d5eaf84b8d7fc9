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
from ..models.grader_string_check_operation import (
    GraderStringCheckOperation,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class GraderStringCheck(ApiModel):
    """A StringCheckGrader object that performs a string comparison between input and reference using a specified
    operation.

    """

    name: str
    """ The name of the grader. """

    input: str
    """ The input text. This may include template strings. """

    reference: str
    """ The reference text. This may include template strings. """

    operation: GraderStringCheckOperation | str
    """ The string check operation to perform. One of `eq`, `ne`, `like`, or `ilike`. """

    type: Literal["string_check"] = "string_check"
    """ The object type, which is always `string_check`. """

    _sdk_name_: ClassVar[str] = "StringCheckGrader"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input", "input"),
        ("name", "name"),
        ("operation", "operation"),
        ("reference", "reference"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['string_check']",
        "name": "str",
        "input": "str",
        "reference": "str",
        "operation": "GraderStringCheckOperation",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("string_check",),
        "operation": (
            "eq",
            "ilike",
            "like",
            "ne",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "input",
        "reference",
        "operation",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "input",
            "reference",
            "operation",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input
        if value_1 is None:
            if "input" in present:
                out["input"] = None
        else:
            out["input"] = value_1
        value_2 = self.name
        if value_2 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_2
        value_3 = self.operation
        if value_3 is None:
            if "operation" in present:
                out["operation"] = None
        else:
            out["operation"] = value_3
        value_4 = self.reference
        if value_4 is None:
            if "reference" in present:
                out["reference"] = None
        else:
            out["reference"] = value_4
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
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
        parsed_obj_.name = get_("name")
        parsed_obj_.input = get_("input")
        parsed_obj_.reference = get_("reference")
        parsed_obj_.operation = get_("operation")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
