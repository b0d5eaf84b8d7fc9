from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.apply_patch_tool_param_allowed_callers_item import (
    ApplyPatchToolParamAllowedCallersItem,
    check_apply_patch_tool_param_allowed_callers_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_tool_output_schema import FunctionToolOutputSchema
    from ..models.function_tool_parameters import FunctionToolParameters

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FunctionToolOutputSchema, FunctionToolParameters
    from ..models.function_tool_output_schema import FunctionToolOutputSchema  # noqa: PLC0415
    from ..models.function_tool_parameters import FunctionToolParameters  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_parameters(data: object) -> FunctionToolParameters | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return FunctionToolParameters._from_dict_(data)
    return cast("FunctionToolParameters | None", data)


def _parse_allowed_callers(
    data: object,
) -> list[ApplyPatchToolParamAllowedCallersItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_callers_type_0 = []
        _allowed_callers_type_0 = data
        if not isinstance(_allowed_callers_type_0, list):
            raise TypeError()
        for allowed_callers_type_0_item_data in _allowed_callers_type_0:
            try:
                allowed_callers_type_0_item = check_apply_patch_tool_param_allowed_callers_item(
                    allowed_callers_type_0_item_data
                )

            except LENIENT_ERRORS:
                allowed_callers_type_0_item = allowed_callers_type_0_item_data
            allowed_callers_type_0.append(allowed_callers_type_0_item)

        return allowed_callers_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ApplyPatchToolParamAllowedCallersItem] | None | Unset", data)


def _parse_output_schema(data: object) -> FunctionToolOutputSchema | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return FunctionToolOutputSchema._from_dict_(data)
    return cast("FunctionToolOutputSchema | None | Unset", data)


@_attrs_define(repr=False)
class FunctionTool(ApiModel):
    """Defines a function in your own code the model can choose to call. Learn more about [function
    calling](https://platform.openai.com/docs/guides/function-calling).

    """

    name: str
    """ The name of the function to call. """

    type: Literal["function"] = "function"
    """ The type of the function tool. Always `function`. """

    parameters: FunctionToolParameters | None = ABSENT

    strict: bool | None = ABSENT

    description: str | None = ABSENT

    defer_loading: bool | None = ABSENT
    """ Whether this function is deferred and loaded via tool search. """

    allowed_callers: list[ApplyPatchToolParamAllowedCallersItem | str] | None = ABSENT
    """ Not in the pinned spec; the official SDK's `FunctionTool` has it (the live API sends it). Reads None when
    absent. """

    async_: bool | None = ABSENT
    """ Not in the pinned spec; the official SDK's `FunctionTool` has it (the live API sends it). Reads None when
    absent. """

    output_schema: FunctionToolOutputSchema | None = ABSENT
    """ Not in the pinned spec; the official SDK's `FunctionTool` has it (the live API sends it). Reads None when
    absent. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("parameters", "parameters"),
        ("strict", "strict"),
        ("type", "type"),
        ("allowed_callers", "allowed_callers"),
        ("async_", "async"),
        ("defer_loading", "defer_loading"),
        ("description", "description"),
        ("output_schema", "output_schema"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['function']",
        "name": "str",
        "parameters": "FunctionToolParameters | None",
        "strict": "bool | None",
        "description": "None | str | Unset",
        "defer_loading": "bool | Unset",
        "allowed_callers": "list[ApplyPatchToolParamAllowedCallersItem] | None | Unset",
        "async_": "bool | None | Unset",
        "output_schema": "FunctionToolOutputSchema | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("function",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "parameters",
        "strict",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "parameters",
            "strict",
            "description",
            "defer_loading",
            "allowed_callers",
            "async",
            "output_schema",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.name
        if value_1 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_1
        value_2 = self.parameters
        if value_2 is None:
            if "parameters" in present:
                out["parameters"] = None
        else:
            out["parameters"] = to_json(value_2)
        value_3 = self.strict
        if value_3 is None:
            if "strict" in present:
                out["strict"] = None
        else:
            out["strict"] = to_json(value_3)
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        value_5 = self.allowed_callers
        if value_5 is None:
            if "allowed_callers" in present:
                out["allowed_callers"] = None
        else:
            out["allowed_callers"] = to_json(value_5)
        value_6 = self.async_
        if value_6 is None:
            if "async" in present:
                out["async"] = None
        else:
            out["async"] = to_json(value_6)
        value_7 = self.defer_loading
        if value_7 is None:
            if "defer_loading" in present:
                out["defer_loading"] = None
        else:
            out["defer_loading"] = value_7
        value_8 = self.description
        if value_8 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = to_json(value_8)
        value_9 = self.output_schema
        if value_9 is None:
            if "output_schema" in present:
                out["output_schema"] = None
        else:
            out["output_schema"] = to_json(value_9)
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
        _raw_parameters = get_("parameters", None)
        if _raw_parameters is not None:
            try:
                parameters = _parse_parameters(_raw_parameters)

            except LENIENT_ERRORS:
                parameters = _raw_parameters
        else:
            parameters = _raw_parameters
        parsed_obj_.parameters = parameters
        parsed_obj_.strict = get_("strict")
        parsed_obj_.description = get_("description")
        parsed_obj_.defer_loading = get_("defer_loading")
        _raw_allowed_callers = get_("allowed_callers", UNSET)
        if _raw_allowed_callers is not None and _raw_allowed_callers is not UNSET:
            try:
                allowed_callers = _parse_allowed_callers(_raw_allowed_callers)

            except LENIENT_ERRORS:
                allowed_callers = _raw_allowed_callers
        else:
            allowed_callers = _raw_allowed_callers
        parsed_obj_.allowed_callers = (
            None if isinstance(allowed_callers, Unset) else allowed_callers
        )
        parsed_obj_.async_ = get_("async")
        _raw_output_schema = get_("output_schema", UNSET)
        if _raw_output_schema is not None and _raw_output_schema is not UNSET:
            try:
                output_schema = _parse_output_schema(_raw_output_schema)

            except LENIENT_ERRORS:
                output_schema = _raw_output_schema
        else:
            output_schema = _raw_output_schema
        parsed_obj_.output_schema = None if isinstance(output_schema, Unset) else output_schema
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
