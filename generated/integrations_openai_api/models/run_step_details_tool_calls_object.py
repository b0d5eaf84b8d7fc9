from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
    from ..models.run_step_details_tool_calls_file_search_object import (
        RunStepDetailsToolCallsFileSearchObject,
    )
    from ..models.run_step_details_tool_calls_function_object import (
        RunStepDetailsToolCallsFunctionObject,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RunStepDetailsToolCallsCodeObject, \
        RunStepDetailsToolCallsFileSearchObject, \
        RunStepDetailsToolCallsFunctionObject
    from ..models.run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject  # noqa: PLC0415
    from ..models.run_step_details_tool_calls_file_search_object import (
        RunStepDetailsToolCallsFileSearchObject,  # noqa: PLC0415
    )
    from ..models.run_step_details_tool_calls_function_object import (
        RunStepDetailsToolCallsFunctionObject,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RunStepDetailsToolCallsObject")


def _parse_tool_calls_item(
    data: object,
) -> (
    RunStepDetailsToolCallsCodeObject
    | RunStepDetailsToolCallsFileSearchObject
    | RunStepDetailsToolCallsFunctionObject
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RunStepDetailsToolCallsCodeObject,
                RunStepDetailsToolCallsFileSearchObject,
                RunStepDetailsToolCallsFunctionObject,
            ),
        )
        if variant is None:
            return cast(
                "RunStepDetailsToolCallsCodeObject | RunStepDetailsToolCallsFileSearchObject | RunStepDetailsToolCallsFunctionObject",
                UnknownVariant(data),
            )
        return cast(
            "RunStepDetailsToolCallsCodeObject | RunStepDetailsToolCallsFileSearchObject | RunStepDetailsToolCallsFunctionObject",
            variant.from_dict(data),
        )
    return cast(
        "RunStepDetailsToolCallsCodeObject | RunStepDetailsToolCallsFileSearchObject | RunStepDetailsToolCallsFunctionObject",
        data,
    )


@_attrs_define
class RunStepDetailsToolCallsObject:
    """Details of the tool call."""

    tool_calls: list[
        RunStepDetailsToolCallsCodeObject
        | RunStepDetailsToolCallsFileSearchObject
        | RunStepDetailsToolCallsFunctionObject
    ]
    """ An array of tool calls the run step was involved in. These can be associated with one of three types of
    tools: `code_interpreter`, `file_search`, or `function`.
     """
    type_: Literal["tool_calls"] = "tool_calls"
    """ Always `tool_calls`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("tool_calls",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "tool_calls",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "tool_calls",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.tool_calls, Unset):
            field_dict["tool_calls"] = to_json(self.tool_calls)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunStepDetailsToolCallsObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['tool_calls']", _raw_type_)
            if type_ != "tool_calls":
                raise ValueError(f"type must match const 'tool_calls', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_tool_calls = d.pop("tool_calls", UNSET)
        try:
            tool_calls = []
            _tool_calls = _raw_tool_calls
            if not isinstance(_tool_calls, list):
                raise TypeError()
            for tool_calls_item_data in _tool_calls:
                try:
                    tool_calls_item = _parse_tool_calls_item(tool_calls_item_data)

                except LENIENT_ERRORS:
                    tool_calls_item = tool_calls_item_data
                tool_calls.append(tool_calls_item)

        except LENIENT_ERRORS:
            tool_calls = _raw_tool_calls

        parsed_obj_ = cls(
            type_=type_,
            tool_calls=tool_calls,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
