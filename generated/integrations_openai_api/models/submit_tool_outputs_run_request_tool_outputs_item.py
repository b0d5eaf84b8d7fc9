from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class SubmitToolOutputsRunRequestToolOutputsItem(ApiModel):
    tool_call_id: str | None = ABSENT
    """ The ID of the tool call in the `required_action` object within the run object the output is being submitted
    for. """

    output: str | None = ABSENT
    """ The output of the tool call to be submitted to continue the run. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("tool_call_id", "tool_call_id"),
        ("output", "output"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "tool_call_id": "str | Unset",
        "output": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "tool_call_id",
            "output",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        tool_call_id = d.pop("tool_call_id", None)

        output = d.pop("output", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.tool_call_id = tool_call_id
        parsed_obj_.output = output
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
