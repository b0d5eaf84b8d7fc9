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

if TYPE_CHECKING:
    from ..models.function_tool_parameters import FunctionToolParameters

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FunctionToolParameters
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

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("parameters", "parameters"),
        ("strict", "strict"),
        ("type", "type"),
        ("defer_loading", "defer_loading"),
        ("description", "description"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['function']",
        "name": "str",
        "parameters": "FunctionToolParameters | None",
        "strict": "bool | None",
        "description": "None | str | Unset",
        "defer_loading": "bool | Unset",
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
        value_5 = self.defer_loading
        if value_5 is None:
            if "defer_loading" in present:
                out["defer_loading"] = None
        else:
            out["defer_loading"] = value_5
        value_6 = self.description
        if value_6 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = to_json(value_6)
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
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
