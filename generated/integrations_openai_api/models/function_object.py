from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

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
    from ..models.function_parameters import FunctionParameters

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FunctionParameters
    from ..models.function_parameters import FunctionParameters  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class FunctionObject(ApiModel):
    name: str
    """ The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a
    maximum length of 64. """

    description: str | None = ABSENT
    """ A description of what the function does, used by the model to choose when and how to call the function. """

    parameters: FunctionParameters | None = ABSENT
    """ The parameters the functions accepts, described as a JSON Schema object. See the
    [guide](https://platform.openai.com/docs/guides/function-calling) for examples, and the [JSON Schema
    reference](https://json-schema.org/understanding-json-schema/) for documentation about the format.

    Omitting `parameters` defines a function with an empty parameter list. """

    strict: bool | None = ABSENT

    _sdk_name_: ClassVar[str] = "FunctionDefinition"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("description", "description"),
        ("parameters", "parameters"),
        ("strict", "strict"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "description": "str | Unset",
        "parameters": "FunctionParameters | Unset",
        "strict": "bool | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("name",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "description",
            "parameters",
            "strict",
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
        value_2 = self.description
        if value_2 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = value_2
        value_3 = self.parameters
        if value_3 is None:
            if "parameters" in present:
                out["parameters"] = None
        else:
            out["parameters"] = to_json(value_3)
        value_4 = self.strict
        if value_4 is None:
            if "strict" in present:
                out["strict"] = None
        else:
            out["strict"] = to_json(value_4)
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
        parsed_obj_.description = get_("description")
        parameters = get_("parameters")
        if parameters is not None:
            try:
                parameters = (
                    FunctionParameters._from_dict_(parameters)
                    if parameters.__class__ is dict
                    else FunctionParameters.from_dict(parameters)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.parameters = parameters
        parsed_obj_.strict = get_("strict")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
