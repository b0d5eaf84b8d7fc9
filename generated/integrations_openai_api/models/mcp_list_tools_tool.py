from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_annotations(data: object) -> MCPListToolsToolAnnotations | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return MCPListToolsToolAnnotations._from_dict_(data)
    return cast("MCPListToolsToolAnnotations | None | Unset", data)


@_attrs_define(repr=False)
class MCPListToolsTool(ApiModel):
    """A tool available on an MCP server."""

    name: str
    """ The name of the tool.
     """

    input_schema: MCPListToolsToolInputSchema
    """ The JSON schema describing the tool's input.
     """

    description: str | None = ABSENT

    annotations: MCPListToolsToolAnnotations | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_schema", "input_schema"),
        ("name", "name"),
        ("annotations", "annotations"),
        ("description", "description"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "input_schema": "MCPListToolsToolInputSchema",
        "description": "None | str | Unset",
        "annotations": "MCPListToolsToolAnnotations | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input_schema
        if value_1 is None:
            if "input_schema" in present:
                out["input_schema"] = None
        else:
            out["input_schema"] = to_json(value_1)
        value_2 = self.name
        if value_2 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_2
        value_3 = self.annotations
        if value_3 is None:
            if "annotations" in present:
                out["annotations"] = None
        else:
            out["annotations"] = to_json(value_3)
        value_4 = self.description
        if value_4 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = to_json(value_4)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = get_("name")
        input_schema = get_("input_schema")
        if input_schema is not None:
            try:
                input_schema = (
                    MCPListToolsToolInputSchema._from_dict_(input_schema)
                    if input_schema.__class__ is dict
                    else MCPListToolsToolInputSchema.from_dict(input_schema)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.input_schema = input_schema
        parsed_obj_.description = get_("description")
        _raw_annotations = get_("annotations", UNSET)
        if _raw_annotations is not None and _raw_annotations is not UNSET:
            try:
                annotations = _parse_annotations(_raw_annotations)

            except LENIENT_ERRORS:
                annotations = _raw_annotations
        else:
            annotations = _raw_annotations
        parsed_obj_.annotations = None if isinstance(annotations, Unset) else annotations
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
