from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class RunStepDetailsToolCallsCodeOutputLogsObject(ApiModel):
    """Text output from the Code Interpreter tool call as part of a run step."""

    logs: str
    """ The text output from the Code Interpreter tool call. """

    type: Literal["logs"] = "logs"
    """ Always `logs`. """

    _sdk_name_: ClassVar[str] = "CodeInterpreterOutputLogs"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("logs", "logs"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['logs']",
        "logs": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("logs",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "logs",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "logs",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.logs
        if value_1 is None:
            if "logs" in present:
                out["logs"] = None
        else:
            out["logs"] = value_1
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

        logs = d.pop("logs", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.logs = logs
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
