from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from ..models.grader_string_check_operation import (
    GraderStringCheckOperation,
    check_grader_string_check_operation,
)


@_attrs_define(repr=False)
class EvalGraderStringCheck(ApiModel):
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

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("name", "name"),
        ("input", "input"),
        ("reference", "reference"),
        ("operation", "operation"),
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["string_check"]', _raw_type_)
            if type_ != "string_check":
                raise ValueError(f"type must match const 'string_check', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        name = d.pop("name", None)

        input_ = d.pop("input", None)

        reference = d.pop("reference", None)

        _raw_operation = d.pop("operation", None)
        try:
            operation = check_grader_string_check_operation(_raw_operation)

        except LENIENT_ERRORS:
            operation = _raw_operation

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.name = name
        parsed_obj_.input = input_
        parsed_obj_.reference = reference
        parsed_obj_.operation = operation
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
