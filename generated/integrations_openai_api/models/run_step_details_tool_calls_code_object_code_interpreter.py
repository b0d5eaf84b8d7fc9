from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject,
    )
    from ..models.run_step_details_tool_calls_code_output_logs_object import (
        RunStepDetailsToolCallsCodeOutputLogsObject,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RunStepDetailsToolCallsCodeOutputImageObject, \
        RunStepDetailsToolCallsCodeOutputLogsObject
    from ..models.run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject,  # noqa: PLC0415
    )
    from ..models.run_step_details_tool_calls_code_output_logs_object import (
        RunStepDetailsToolCallsCodeOutputLogsObject,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RunStepDetailsToolCallsCodeObjectCodeInterpreter")


def _parse_outputs_item(
    data: object,
) -> RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RunStepDetailsToolCallsCodeOutputLogsObject,
                RunStepDetailsToolCallsCodeOutputImageObject,
            ),
        )
        if variant is None:
            return cast(
                "RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject",
                UnknownVariant(data),
            )
        return cast(
            "RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject",
            variant.from_dict(data),
        )
    return cast(
        "RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject",
        data,
    )


@_attrs_define
class RunStepDetailsToolCallsCodeObjectCodeInterpreter:
    """The Code Interpreter tool call definition."""

    input_: str
    """ The input to the Code Interpreter tool call. """
    outputs: list[
        RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject
    ]
    """ The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including
    text (`logs`) or images (`image`). Each of these are represented by a different object type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "input",
        "outputs",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input",
            "outputs",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.input_, Unset):
            field_dict["input"] = self.input_
        if not isinstance(self.outputs, Unset):
            field_dict["outputs"] = to_json(self.outputs)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunStepDetailsToolCallsCodeObjectCodeInterpreter: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        input_ = d.pop("input", UNSET)

        _raw_outputs = d.pop("outputs", UNSET)
        try:
            outputs = []
            _outputs = _raw_outputs
            if not isinstance(_outputs, list):
                raise TypeError()
            for outputs_item_data in _outputs:
                try:
                    outputs_item = _parse_outputs_item(outputs_item_data)

                except LENIENT_ERRORS:
                    outputs_item = outputs_item_data
                outputs.append(outputs_item)

        except LENIENT_ERRORS:
            outputs = _raw_outputs

        parsed_obj_ = cls(
            input_=input_,
            outputs=outputs,
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
