from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class FunctionShellCallOutputExitOutcome(ApiModel):
    """Indicates that the shell commands finished and returned an exit code."""

    exit_code: int
    """ Exit code from the shell process. """

    type: Literal["exit"] = "exit"
    """ The outcome type. Always `exit`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("exit_code", "exit_code"),
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["exit"]', _raw_type_)
            if type_ != "exit":
                raise ValueError(f"type must match const 'exit', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        exit_code = d.pop("exit_code", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.exit_code = exit_code
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
