from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_tool_calls_function_object_function import (
        RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunStepDeltaStepDetailsToolCallsFunctionObjectFunction
    from ..models.run_step_delta_step_details_tool_calls_function_object_function import (
        RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsFunctionObject")


@_attrs_define
class RunStepDeltaStepDetailsToolCallsFunctionObject:
    index: int
    """ The index of the tool call in the tool calls array. """
    type_: Literal["function"] = "function"
    """ The type of tool call. This is always going to be `function` for this type of tool call. """
    id: str | Unset = UNSET
    """ The ID of the tool call object. """
    function: RunStepDeltaStepDetailsToolCallsFunctionObjectFunction | Unset = UNSET
    """ The definition of the function that was called. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("function",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "index",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "index",
            "type",
            "id",
            "function",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.index, Unset):
            field_dict["index"] = self.index
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.function is not UNSET:
            field_dict["function"] = to_json(self.function)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunStepDeltaStepDetailsToolCallsFunctionObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['function']", _raw_type_)
            if type_ != "function":
                raise ValueError(f"type must match const 'function', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        _raw_function = d.pop("function", UNSET)
        try:
            _function = _raw_function
            function: RunStepDeltaStepDetailsToolCallsFunctionObjectFunction | Unset
            if isinstance(_function, Unset):
                function = UNSET
            else:
                function = RunStepDeltaStepDetailsToolCallsFunctionObjectFunction.from_dict(
                    _function
                )

        except LENIENT_ERRORS:
            function = _raw_function

        parsed_obj_ = cls(
            index=index,
            type_=type_,
            id=id,
            function=function,
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
