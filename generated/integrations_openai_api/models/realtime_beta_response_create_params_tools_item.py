from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

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
    from ..models.realtime_beta_response_create_params_tools_item_parameters import (
        RealtimeBetaResponseCreateParamsToolsItemParameters,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeBetaResponseCreateParamsToolsItemParameters
    from ..models.realtime_beta_response_create_params_tools_item_parameters import (
        RealtimeBetaResponseCreateParamsToolsItemParameters,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeBetaResponseCreateParamsToolsItem(ApiModel):
    type: Literal["function"] | None = "function"
    """ The type of the tool, i.e. `function`. """

    name: str | None = ABSENT
    """ The name of the function. """

    description: str | None = ABSENT
    """ The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything).
     """

    parameters: RealtimeBetaResponseCreateParamsToolsItemParameters | None = ABSENT
    """ Parameters of the function in JSON Schema. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("name", "name"),
        ("description", "description"),
        ("parameters", "parameters"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['function'] | Unset",
        "name": "str | Unset",
        "description": "str | Unset",
        "parameters": "RealtimeBetaResponseCreateParamsToolsItemParameters | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("function",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "description",
            "parameters",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.name
        if value_2 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_2
        value_3 = self.description
        if value_3 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = value_3
        value_4 = self.parameters
        if value_4 is None:
            if "parameters" in present:
                out["parameters"] = None
        else:
            out["parameters"] = to_json(value_4)
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
        parameters = get_("parameters")
        if parameters is not None:
            try:
                parameters = (
                    RealtimeBetaResponseCreateParamsToolsItemParameters._from_dict_(parameters)
                    if parameters.__class__ is dict
                    else RealtimeBetaResponseCreateParamsToolsItemParameters.from_dict(parameters)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.parameters = parameters
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
