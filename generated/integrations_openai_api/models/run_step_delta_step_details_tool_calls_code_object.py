from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter
    from ..models.run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RunStepDeltaStepDetailsToolCallsCodeObject")


@_attrs_define
class RunStepDeltaStepDetailsToolCallsCodeObject:
    """Details of the Code Interpreter tool call the run step was involved in."""

    index: int
    """ The index of the tool call in the tool calls array. """
    type_: Literal["code_interpreter"] = "code_interpreter"
    """ The type of tool call. This is always going to be `code_interpreter` for this type of tool call. """
    id: str | Unset = UNSET
    """ The ID of the tool call. """
    code_interpreter: RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | Unset = UNSET
    """ The Code Interpreter tool call definition. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("code_interpreter",),
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
            "code_interpreter",
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
        if self.code_interpreter is not UNSET:
            field_dict["code_interpreter"] = to_json(self.code_interpreter)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunStepDeltaStepDetailsToolCallsCodeObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['code_interpreter']", _raw_type_)
            if type_ != "code_interpreter":
                raise ValueError(f"type must match const 'code_interpreter', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        _raw_code_interpreter = d.pop("code_interpreter", UNSET)
        try:
            _code_interpreter = _raw_code_interpreter
            code_interpreter: RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter | Unset
            if isinstance(_code_interpreter, Unset):
                code_interpreter = UNSET
            else:
                code_interpreter = (
                    RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter.from_dict(
                        _code_interpreter
                    )
                )

        except LENIENT_ERRORS:
            code_interpreter = _raw_code_interpreter

        parsed_obj_ = cls(
            index=index,
            type_=type_,
            id=id,
            code_interpreter=code_interpreter,
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
