from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.computer_tool_call_output_status import (
    ComputerToolCallOutputStatus,
    check_computer_tool_call_output_status,
)
from ..models.message_phase import MessagePhase, check_message_phase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_text_content import OutputTextContent
    from ..models.refusal_content import RefusalContent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, OutputTextContent, RefusalContent
    from ..models.output_text_content import OutputTextContent  # noqa: PLC0415
    from ..models.refusal_content import RefusalContent  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="OutputMessage")


def _parse_content_item(data: object) -> OutputTextContent | RefusalContent:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                OutputTextContent,
                RefusalContent,
            ),
        )
        if variant is None:
            return cast("OutputTextContent | RefusalContent", UnknownVariant(data))
        return cast("OutputTextContent | RefusalContent", variant.from_dict(data))
    return cast("OutputTextContent | RefusalContent", data)


def _parse_phase(data: object) -> MessagePhase | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        phase_type_0 = check_message_phase(data)

        return phase_type_0
    except LENIENT_ERRORS:
        pass
    return cast("MessagePhase | None | Unset", data)


@_attrs_define
class OutputMessage:
    """An output message from the model."""

    id: str
    """ The unique ID of the output message.
     """
    content: list[OutputTextContent | RefusalContent]
    """ The content of the output message.
     """
    status: ComputerToolCallOutputStatus
    """ The status of the message input. One of `in_progress`, `completed`, or
    `incomplete`. Populated when input items are returned via API.
     """
    type_: Literal["message"] = "message"
    """ The type of the output message. Always `message`.
     """
    role: Literal["assistant"] = "assistant"
    """ The role of the output message. Always `assistant`.
     """
    phase: MessagePhase | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("message",),
        "role": ("assistant",),
        "status": (
            "completed",
            "in_progress",
            "incomplete",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "type",
        "role",
        "content",
        "status",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "type",
            "role",
            "content",
            "status",
            "phase",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if self.phase is not UNSET:
            field_dict["phase"] = to_json(self.phase)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"OutputMessage: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['message']", _raw_type_)
            if type_ != "message":
                raise ValueError(f"type must match const 'message', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_role = d.pop("role", UNSET)
        try:
            role = cast("Literal['assistant']", _raw_role)
            if role != "assistant":
                raise ValueError(f"role must match const 'assistant', got '{role}'")
        except LENIENT_ERRORS:
            role = _raw_role

        _raw_content = d.pop("content", UNSET)
        try:
            content = []
            _content = _raw_content
            if not isinstance(_content, list):
                raise TypeError()
            for content_item_data in _content:
                try:
                    content_item = _parse_content_item(content_item_data)

                except LENIENT_ERRORS:
                    content_item = content_item_data
                content.append(content_item)

        except LENIENT_ERRORS:
            content = _raw_content

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_computer_tool_call_output_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_phase = d.pop("phase", UNSET)
        try:
            phase = _parse_phase(_raw_phase)

        except LENIENT_ERRORS:
            phase = _raw_phase

        parsed_obj_ = cls(
            id=id,
            type_=type_,
            role=role,
            content=content,
            status=status,
            phase=phase,
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
