from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AutoCodeInterpreterToolParam
    from ..models.auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_container(data: object) -> AutoCodeInterpreterToolParam | str:
    if isinstance(data, dict):
        return AutoCodeInterpreterToolParam._from_dict_(data)
    return cast("AutoCodeInterpreterToolParam | str", data)


@_attrs_define(repr=False)
class CodeInterpreterTool(ApiModel):
    """A tool that runs Python code to help generate a response to a prompt."""

    container: AutoCodeInterpreterToolParam | str
    """ The code interpreter container. Can be a container ID or an object that
    specifies uploaded file IDs to make available to your code, along with an
    optional `memory_limit` setting.
     """

    type: Literal["code_interpreter"] = "code_interpreter"
    """ The type of the code interpreter tool. Always `code_interpreter`.
     """

    _sdk_name_: ClassVar[str] = "CodeInterpreter"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("container", "container"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['code_interpreter']",
        "container": "AutoCodeInterpreterToolParam | str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("code_interpreter",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "container",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "container",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.container
        if value_1 is None:
            if "container" in present:
                out["container"] = None
        else:
            out["container"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
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
        _raw_container = get_("container", None)
        try:
            container = _parse_container(_raw_container)

        except LENIENT_ERRORS:
            container = _raw_container
        parsed_obj_.container = container
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
