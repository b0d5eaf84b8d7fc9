from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.grader_string_check_operation import (
    GraderStringCheckOperation,
    check_grader_string_check_operation,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GraderStringCheck")


@_attrs_define
class GraderStringCheck:
    """A StringCheckGrader object that performs a string comparison between input and reference using a specified
    operation.

    """

    name: str
    """ The name of the grader. """
    input_: str
    """ The input text. This may include template strings. """
    reference: str
    """ The reference text. This may include template strings. """
    operation: GraderStringCheckOperation
    """ The string check operation to perform. One of `eq`, `ne`, `like`, or `ilike`. """
    type_: Literal["string_check"] = "string_check"
    """ The object type, which is always `string_check`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.input_, Unset):
            field_dict["input"] = self.input_
        if not isinstance(self.reference, Unset):
            field_dict["reference"] = self.reference
        if not isinstance(self.operation, Unset):
            field_dict["operation"] = self.operation
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"GraderStringCheck: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['string_check']", _raw_type_)
            if type_ != "string_check":
                raise ValueError(f"type must match const 'string_check', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        name = d.pop("name", UNSET)

        input_ = d.pop("input", UNSET)

        reference = d.pop("reference", UNSET)

        _raw_operation = d.pop("operation", UNSET)
        try:
            operation = check_grader_string_check_operation(_raw_operation)

        except LENIENT_ERRORS:
            operation = _raw_operation

        parsed_obj_ = cls(
            type_=type_,
            name=name,
            input_=input_,
            reference=reference,
            operation=operation,
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
