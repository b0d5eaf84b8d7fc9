from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.code_interpreter_tool_call_status import (
    CodeInterpreterToolCallStatus,
    check_code_interpreter_tool_call_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_interpreter_output_image import CodeInterpreterOutputImage
    from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CodeInterpreterOutputImage, CodeInterpreterOutputLogs
    from ..models.code_interpreter_output_image import CodeInterpreterOutputImage  # noqa: PLC0415
    from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CodeInterpreterToolCall")


def _parse_code(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_outputs(
    data: object,
) -> list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_outputs_type_0_item(
            data: object,
        ) -> CodeInterpreterOutputImage | CodeInterpreterOutputLogs:
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        CodeInterpreterOutputLogs,
                        CodeInterpreterOutputImage,
                    ),
                )
                if variant is None:
                    return cast(
                        "CodeInterpreterOutputImage | CodeInterpreterOutputLogs",
                        UnknownVariant(data),
                    )
                return cast(
                    "CodeInterpreterOutputImage | CodeInterpreterOutputLogs",
                    variant.from_dict(data),
                )
            return cast("CodeInterpreterOutputImage | CodeInterpreterOutputLogs", data)

        outputs_type_0 = []
        _outputs_type_0 = data
        if not isinstance(_outputs_type_0, list):
            raise TypeError()
        for outputs_type_0_item_data in _outputs_type_0:
            try:
                outputs_type_0_item = _parse_outputs_type_0_item(outputs_type_0_item_data)

            except LENIENT_ERRORS:
                outputs_type_0_item = outputs_type_0_item_data
            outputs_type_0.append(outputs_type_0_item)

        return outputs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None", data)


@_attrs_define
class CodeInterpreterToolCall:
    """A tool call to run code."""

    id: str
    """ The unique ID of the code interpreter tool call.
     """
    status: CodeInterpreterToolCallStatus
    """ The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`,
    `interpreting`, and `failed`.
     """
    container_id: str
    """ The ID of the container used to run the code.
     """
    code: None | str
    outputs: list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None
    type_: Literal["code_interpreter_call"] = "code_interpreter_call"
    """ The type of the code interpreter tool call. Always `code_interpreter_call`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("code_interpreter_call",),
        "status": (
            "completed",
            "failed",
            "in_progress",
            "incomplete",
            "interpreting",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "status",
        "container_id",
        "code",
        "outputs",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "status",
            "container_id",
            "code",
            "outputs",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.container_id, Unset):
            field_dict["container_id"] = self.container_id
        if not isinstance(self.code, Unset):
            field_dict["code"] = to_json(self.code)
        if not isinstance(self.outputs, Unset):
            field_dict["outputs"] = to_json(self.outputs)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CodeInterpreterToolCall: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['code_interpreter_call']", _raw_type_)
            if type_ != "code_interpreter_call":
                raise ValueError(f"type must match const 'code_interpreter_call', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_code_interpreter_tool_call_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        container_id = d.pop("container_id", UNSET)

        _raw_code = d.pop("code", UNSET)
        try:
            code = _parse_code(_raw_code)

        except LENIENT_ERRORS:
            code = _raw_code

        _raw_outputs = d.pop("outputs", UNSET)
        try:
            outputs = _parse_outputs(_raw_outputs)

        except LENIENT_ERRORS:
            outputs = _raw_outputs

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            status=status,
            container_id=container_id,
            code=code,
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
