from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.message_phase_2 import MessagePhase2, check_message_phase_2
from ..models.message_role import MessageRole
from ..models.message_status import MessageStatus
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class Message(ApiModel):
    """A message to or from the model."""

    id: str
    """ The unique ID of the message. """

    status: MessageStatus | str

    role: MessageRole | str

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
        | UnknownVariant
    ]
    """ The content of the message """

    type: Literal["message"] = "message"
    """ The type of the message. Always set to `message`. """

    phase: MessagePhase2 | str | None = ABSENT

    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "content": {"ReasoningTextContent": "ContentReasoningText"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("content", "content"),
        ("role", "role"),
        ("status", "status"),
        ("type", "type"),
        ("phase", "phase"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['message']",
        "id": "str",
        "status": "MessageStatus",
        "role": "MessageRole",
        "content": "list[ComputerScreenshotContent | InputFileContent | InputImageContent | InputTextContent | OutputTextContent | ReasoningTextContent | RefusalContent | SummaryTextContent | TextContent]",
        "phase": "MessagePhase2 | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.content
        if value_2 is None:
            if "content" in present:
                out["content"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "content" in present:
            out["content"] = to_json(value_2)
        value_3 = self.role
        if value_3 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_3
        value_4 = self.status
        if value_4 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_4
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
        value_6 = self.phase
        if value_6 is None:
            if "phase" in present:
                out["phase"] = None
        else:
            out["phase"] = to_json(value_6)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.id = get_("id")
        parsed_obj_.status = get_("status")
        parsed_obj_.role = get_("role")
        _raw_content = get_("content", UNSET)
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
        parsed_obj_.content = AbsentList() if isinstance(content, Unset) else content
        _raw_phase = get_("phase", UNSET)
        if _raw_phase is not None and _raw_phase is not UNSET:
            try:
                phase = _parse_phase(_raw_phase)

            except LENIENT_ERRORS:
                phase = _raw_phase
        else:
            phase = _raw_phase
        parsed_obj_.phase = None if isinstance(phase, Unset) else phase
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
