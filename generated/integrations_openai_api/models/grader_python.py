from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="GraderPython")


def _parse_image_tag(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class GraderPython:
    """A PythonGrader object that runs a python script on the input."""

    name: str
    """ The name of the grader. """
    source: str
    """ The source code of the python script. """
    type_: Literal["python"] = "python"
    """ The object type, which is always `python`. """
    image_tag: None | str | Unset = UNSET
    """ The image tag to use for the python script. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("python",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "source",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "source",
            "image_tag",
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
        if not isinstance(self.source, Unset):
            field_dict["source"] = self.source
        if self.image_tag is not UNSET:
            field_dict["image_tag"] = to_json(self.image_tag)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"GraderPython: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['python']", _raw_type_)
            if type_ != "python":
                raise ValueError(f"type must match const 'python', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        name = d.pop("name", UNSET)

        source = d.pop("source", UNSET)

        _raw_image_tag = d.pop("image_tag", UNSET)
        try:
            image_tag = _parse_image_tag(_raw_image_tag)

        except LENIENT_ERRORS:
            image_tag = _raw_image_tag

        parsed_obj_ = cls(
            type_=type_,
            name=name,
            source=source,
            image_tag=image_tag,
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
