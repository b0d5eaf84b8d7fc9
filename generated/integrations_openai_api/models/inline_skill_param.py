from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.inline_skill_source_param import InlineSkillSourceParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, InlineSkillSourceParam
    from ..models.inline_skill_source_param import InlineSkillSourceParam  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="InlineSkillParam")


@_attrs_define
class InlineSkillParam:
    name: str
    """ The name of the skill. """
    description: str
    """ The description of the skill. """
    source: InlineSkillSourceParam
    """ Inline skill payload """
    type_: Literal["inline"] = "inline"
    """ Defines an inline skill for this request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("inline",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "description",
        "source",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "description",
            "source",
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
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.source, Unset):
            field_dict["source"] = to_json(self.source)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"InlineSkillParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['inline']", _raw_type_)
            if type_ != "inline":
                raise ValueError(f"type must match const 'inline', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _raw_source = d.pop("source", UNSET)
        try:
            source = InlineSkillSourceParam.from_dict(_raw_source)

        except LENIENT_ERRORS:
            source = _raw_source

        parsed_obj_ = cls(
            type_=type_,
            name=name,
            description=description,
            source=source,
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
