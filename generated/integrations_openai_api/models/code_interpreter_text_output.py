from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class CodeInterpreterTextOutput(ApiModel):
    """The output of a code interpreter tool call that is text."""

    logs: str
    """ The logs of the code interpreter tool call.
     """

    type: Literal["logs"] = "logs"
    """ The type of the code interpreter text output. Always `logs`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("logs", "logs"),
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["logs"]', _raw_type_)
            if type_ != "logs":
                raise ValueError(f"type must match const 'logs', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        logs = d.pop("logs", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.logs = logs
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
