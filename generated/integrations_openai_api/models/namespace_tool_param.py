from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class NamespaceToolParam(ApiModel):
    """Groups function/custom tools under a shared namespace."""

    name: str
    """ The namespace name used in tool calls (for example, `crm`). """

    description: str
    """ A description of the namespace shown to the model. """

    tools: list[CustomToolParam | FunctionToolParam | UnknownVariant]
    """ The function/custom tools available inside this namespace. """

    type: Literal["namespace"] = "namespace"
    """ The type of the tool. Always `namespace`. """

    _sdk_name_: ClassVar[str] = "NamespaceTool"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("description", "description"),
        ("name", "name"),
        ("tools", "tools"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['namespace']",
        "name": "str",
        "description": "str",
        "tools": "list[CustomToolParam | FunctionToolParam]",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.description
        if value_1 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = value_1
        value_2 = self.name
        if value_2 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_2
        value_3 = self.tools
        if value_3 is None:
            if "tools" in present:
                out["tools"] = None
        elif value_3 or not isinstance(value_3, AbsentList) or "tools" in present:
            out["tools"] = to_json(value_3)
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
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
        parsed_obj_.type = get_("type")
        parsed_obj_.name = get_("name")
        parsed_obj_.description = get_("description")
        _raw_tools = get_("tools", UNSET)
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
        parsed_obj_.tools = AbsentList() if isinstance(tools, Unset) else tools
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
