from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool_annotations import MCPListToolsToolAnnotations
    from ..models.mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MCPListToolsToolAnnotations, MCPListToolsToolInputSchema
    from ..models.mcp_list_tools_tool_annotations import MCPListToolsToolAnnotations  # noqa: PLC0415
    from ..models.mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="MCPListToolsTool")


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_annotations(data: object) -> MCPListToolsToolAnnotations | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return MCPListToolsToolAnnotations.from_dict(data)
    return cast("MCPListToolsToolAnnotations | None | Unset", data)


@_attrs_define
class MCPListToolsTool:
    """A tool available on an MCP server."""

    name: str
    """ The name of the tool.
     """
    input_schema: MCPListToolsToolInputSchema
    """ The JSON schema describing the tool's input.
     """
    description: None | str | Unset = UNSET
    annotations: MCPListToolsToolAnnotations | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "name",
        "input_schema",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "input_schema",
            "description",
            "annotations",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.input_schema, Unset):
            field_dict["input_schema"] = to_json(self.input_schema)
        if self.description is not UNSET:
            field_dict["description"] = to_json(self.description)
        if self.annotations is not UNSET:
            field_dict["annotations"] = to_json(self.annotations)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"MCPListToolsTool: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _raw_input_schema = d.pop("input_schema", UNSET)
        try:
            input_schema = MCPListToolsToolInputSchema.from_dict(_raw_input_schema)

        except LENIENT_ERRORS:
            input_schema = _raw_input_schema

        _raw_description = d.pop("description", UNSET)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        _raw_annotations = d.pop("annotations", UNSET)
        try:
            annotations = _parse_annotations(_raw_annotations)

        except LENIENT_ERRORS:
            annotations = _raw_annotations

        parsed_obj_ = cls(
            name=name,
            input_schema=input_schema,
            description=description,
            annotations=annotations,
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
