from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


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
        type_ = d.pop("type", None)

        exit_code = d.pop("exit_code", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.exit_code = exit_code
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
