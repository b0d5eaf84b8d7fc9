from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class FunctionShellAction(ApiModel):
    """Execute a shell command."""

    commands: list[str]

    timeout_ms: int | None = ABSENT

    max_output_length: int | None = ABSENT

    _sdk_name_: ClassVar[str] = "Action"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("commands", "commands"),
        ("max_output_length", "max_output_length"),
        ("timeout_ms", "timeout_ms"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "commands": "list[str]",
        "timeout_ms": "int | None",
        "max_output_length": "int | None",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "commands",
        "timeout_ms",
        "max_output_length",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "commands",
            "timeout_ms",
            "max_output_length",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.commands
        if value_1 is None:
            if "commands" in present:
                out["commands"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "commands" in present:
            out["commands"] = to_json(value_1)
        value_2 = self.max_output_length
        if value_2 is None:
            if "max_output_length" in present:
                out["max_output_length"] = None
        else:
            out["max_output_length"] = to_json(value_2)
        value_3 = self.timeout_ms
        if value_3 is None:
            if "timeout_ms" in present:
                out["timeout_ms"] = None
        else:
            out["timeout_ms"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_commands = get_("commands", UNSET)
        try:
            commands = cast("list[str]", _raw_commands)

        except LENIENT_ERRORS:
            commands = _raw_commands
        parsed_obj_.commands = AbsentList() if isinstance(commands, Unset) else commands
        parsed_obj_.timeout_ms = get_("timeout_ms")
        parsed_obj_.max_output_length = get_("max_output_length")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
