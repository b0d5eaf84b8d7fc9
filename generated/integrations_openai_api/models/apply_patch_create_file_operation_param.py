from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApplyPatchCreateFileOperationParam")


@_attrs_define
class ApplyPatchCreateFileOperationParam:
    """Instruction for creating a new file via the apply_patch tool."""

    path: str
    """ Path of the file to create relative to the workspace root. """
    diff: str
    """ Unified diff content to apply when creating the file. """
    type_: Literal["create_file"] = "create_file"
    """ The operation type. Always `create_file`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("create_file",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "path",
        "diff",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "path",
            "diff",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.path, Unset):
            field_dict["path"] = self.path
        if not isinstance(self.diff, Unset):
            field_dict["diff"] = self.diff
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ApplyPatchCreateFileOperationParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['create_file']", _raw_type_)
            if type_ != "create_file":
                raise ValueError(f"type must match const 'create_file', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        path = d.pop("path", UNSET)

        diff = d.pop("diff", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            path=path,
            diff=diff,
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
