from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.message_phase_2 import MessagePhase2, check_message_phase_2
from ..models.message_role import MessageRole, check_message_role
from ..models.message_status import MessageStatus, check_message_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computer_screenshot_content import ComputerScreenshotContent
    from ..models.input_file_content import InputFileContent
    from ..models.input_image_content import InputImageContent
    from ..models.input_text_content import InputTextContent
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent
    from ..models.summary_text_content import SummaryTextContent
    from ..models.text_content import TextContent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ComputerScreenshotContent, \
        InputFileContent, \
        InputImageContent, \
        InputTextContent, \
        OutputTextContent, \
        ReasoningTextContent, \
        RefusalContent, \
        SummaryTextContent, \
        TextContent
    from ..models.computer_screenshot_content import ComputerScreenshotContent  # noqa: PLC0415
    from ..models.input_file_content import InputFileContent  # noqa: PLC0415
    from ..models.input_image_content import InputImageContent  # noqa: PLC0415
    from ..models.input_text_content import InputTextContent  # noqa: PLC0415
    from ..models.output_text_content import OutputTextContent  # noqa: PLC0415
    from ..models.reasoning_text_content import ReasoningTextContent  # noqa: PLC0415
    from ..models.refusal_content import RefusalContent  # noqa: PLC0415
    from ..models.summary_text_content import SummaryTextContent  # noqa: PLC0415
    from ..models.text_content import TextContent  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Message")


def _parse_content_item(
    data: object,
) -> (
    ComputerScreenshotContent
    | InputFileContent
    | InputImageContent
    | InputTextContent
    | OutputTextContent
    | ReasoningTextContent
    | RefusalContent
    | SummaryTextContent
    | TextContent
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                InputTextContent,
                OutputTextContent,
                TextContent,
                SummaryTextContent,
                ReasoningTextContent,
                RefusalContent,
                InputImageContent,
                ComputerScreenshotContent,
                InputFileContent,
            ),
        )
        if variant is None:
            return cast(
                "ComputerScreenshotContent | InputFileContent | InputImageContent | InputTextContent | OutputTextContent | ReasoningTextContent | RefusalContent | SummaryTextContent | TextContent",
                UnknownVariant(data),
            )
        return cast(
            "ComputerScreenshotContent | InputFileContent | InputImageContent | InputTextContent | OutputTextContent | ReasoningTextContent | RefusalContent | SummaryTextContent | TextContent",
            variant.from_dict(data),
        )
    return cast(
        "ComputerScreenshotContent | InputFileContent | InputImageContent | InputTextContent | OutputTextContent | ReasoningTextContent | RefusalContent | SummaryTextContent | TextContent",
        data,
    )


def _parse_phase(data: object) -> MessagePhase2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        phase_type_0 = check_message_phase_2(data)

        return phase_type_0
    except LENIENT_ERRORS:
        pass
    return cast("MessagePhase2 | None | Unset", data)


@_attrs_define
class Message:
    """A message to or from the model."""

    id: str
    """ The unique ID of the message. """
    status: MessageStatus
    role: MessageRole
    content: list[
        ComputerScreenshotContent
        | InputFileContent
        | InputImageContent
        | InputTextContent
        | OutputTextContent
        | ReasoningTextContent
        | RefusalContent
        | SummaryTextContent
        | TextContent
    ]
    """ The content of the message """
    type_: Literal["message"] = "message"
    """ The type of the message. Always set to `message`. """
    phase: MessagePhase2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("message",),
        "status": (
            "completed",
            "in_progress",
            "incomplete",
        ),
        "role": (
            "assistant",
            "critic",
            "developer",
            "discriminator",
            "system",
            "tool",
            "unknown",
            "user",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "status",
        "role",
        "content",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "status",
            "role",
            "content",
            "phase",
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
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        if self.phase is not UNSET:
            field_dict["phase"] = to_json(self.phase)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Message: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['message']", _raw_type_)
            if type_ != "message":
                raise ValueError(f"type must match const 'message', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_message_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_role = d.pop("role", UNSET)
        try:
            role = check_message_role(_raw_role)

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

        _raw_phase = d.pop("phase", UNSET)
        try:
            phase = _parse_phase(_raw_phase)

        except LENIENT_ERRORS:
            phase = _raw_phase

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            status=status,
            role=role,
            content=content,
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
