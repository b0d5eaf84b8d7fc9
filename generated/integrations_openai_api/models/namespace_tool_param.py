from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tool_param import CustomToolParam
    from ..models.function_tool_param import FunctionToolParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CustomToolParam, FunctionToolParam
    from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
    from ..models.function_tool_param import FunctionToolParam  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="NamespaceToolParam")


def _parse_tools_item(data: object) -> CustomToolParam | FunctionToolParam:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                FunctionToolParam,
                CustomToolParam,
            ),
        )
        if variant is None:
            return cast("CustomToolParam | FunctionToolParam", UnknownVariant(data))
        return cast("CustomToolParam | FunctionToolParam", variant.from_dict(data))
    return cast("CustomToolParam | FunctionToolParam", data)


@_attrs_define
class NamespaceToolParam:
    """Groups function/custom tools under a shared namespace."""

    name: str
    """ The namespace name used in tool calls (for example, `crm`). """
    description: str
    """ A description of the namespace shown to the model. """
    tools: list[CustomToolParam | FunctionToolParam]
    """ The function/custom tools available inside this namespace. """
    type_: Literal["namespace"] = "namespace"
    """ The type of the tool. Always `namespace`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("namespace",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "description",
        "tools",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "description",
            "tools",
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
        if not isinstance(self.tools, Unset):
            field_dict["tools"] = to_json(self.tools)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"NamespaceToolParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['namespace']", _raw_type_)
            if type_ != "namespace":
                raise ValueError(f"type must match const 'namespace', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _raw_tools = d.pop("tools", UNSET)
        try:
            tools = []
            _tools = _raw_tools
            if not isinstance(_tools, list):
                raise TypeError()
            for tools_item_data in _tools:
                try:
                    tools_item = _parse_tools_item(tools_item_data)

                except LENIENT_ERRORS:
                    tools_item = tools_item_data
                tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools

        parsed_obj_ = cls(
            type_=type_,
            name=name,
            description=description,
            tools=tools,
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
