from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """Describes an OpenAI model offering that can be used with the API."""

    id: str
    """ The model identifier, which can be referenced in the API endpoints. """
    created: int
    """ The Unix timestamp (in seconds) when the model was created. """
    owned_by: str
    """ The organization that owns the model. """
    object_: Literal["model"] = "model"
    """ The object type, which is always "model". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("model",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "created",
        "object",
        "owned_by",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "created",
            "object",
            "owned_by",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.created, Unset):
            field_dict["created"] = self.created
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.owned_by, Unset):
            field_dict["owned_by"] = self.owned_by
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Model: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        created = d.pop("created", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['model']", _raw_object_)
            if object_ != "model":
                raise ValueError(f"object must match const 'model', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        owned_by = d.pop("owned_by", UNSET)

        parsed_obj_ = cls(
            id=id,
            created=created,
            object_=object_,
            owned_by=owned_by,
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
