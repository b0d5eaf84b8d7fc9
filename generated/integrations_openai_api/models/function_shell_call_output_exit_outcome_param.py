from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class FunctionShellCallOutputExitOutcomeParam(ApiModel):
    """Indicates that the shell commands finished and returned an exit code."""

    exit_code: int
    """ The exit code returned by the shell process. """

    type: Literal["exit"] = "exit"
    """ The outcome type. Always `exit`. """

    _sdk_name_: ClassVar[str] = "OutcomeExit"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("exit_code", "exit_code"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['exit']",
        "exit_code": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("exit",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "exit_code",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "exit_code",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.exit_code
        if value_1 is None:
            if "exit_code" in present:
                out["exit_code"] = None
        else:
            out["exit_code"] = value_1
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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.exit_code = get_("exit_code")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
