from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.computer_tool_call_status import (
    ComputerToolCallStatus,
    check_computer_tool_call_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.summary_text_content import SummaryTextContent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ReasoningTextContent, SummaryTextContent
    from ..models.reasoning_text_content import ReasoningTextContent  # noqa: PLC0415
    from ..models.summary_text_content import SummaryTextContent  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ReasoningItem")


def _parse_encrypted_content(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_content(data: object) -> list[ReasoningTextContent] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_0 = []
        _content_type_0 = data
        if not isinstance(_content_type_0, list):
            raise TypeError()
        for content_type_0_item_data in _content_type_0:
            try:
                content_type_0_item = ReasoningTextContent.from_dict(content_type_0_item_data)

            except LENIENT_ERRORS:
                content_type_0_item = content_type_0_item_data
            content_type_0.append(content_type_0_item)

        return content_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ReasoningTextContent] | None | Unset", data)


def _parse_status(data: object) -> ComputerToolCallStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = check_computer_tool_call_status(data)

        return status_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ComputerToolCallStatus | None | Unset", data)


@_attrs_define
class ReasoningItem:
    """A description of the chain of thought used by a reasoning model while generating
    a response. Be sure to include these items in your `input` to the Responses API
    for subsequent turns of a conversation if you are manually
    [managing context](/docs/guides/conversation-state).

    """

    id: str
    """ The unique identifier of the reasoning content.
     """
    summary: list[SummaryTextContent]
    """ Reasoning summary content.
     """
    type_: Literal["reasoning"] = "reasoning"
    """ The type of the object. Always `reasoning`.
     """
    encrypted_content: None | str | Unset = UNSET
    content: list[ReasoningTextContent] | None | Unset = UNSET
    """ Reasoning text content.
     """
    status: ComputerToolCallStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("reasoning",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "summary",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "summary",
            "encrypted_content",
            "content",
            "status",
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
        if not isinstance(self.summary, Unset):
            field_dict["summary"] = to_json(self.summary)
        if self.encrypted_content is not UNSET:
            field_dict["encrypted_content"] = to_json(self.encrypted_content)
        if self.content is not UNSET:
            field_dict["content"] = to_json(self.content)
        if self.status is not UNSET:
            field_dict["status"] = to_json(self.status)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"ReasoningItem: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['reasoning']", _raw_type_)
            if type_ != "reasoning":
                raise ValueError(f"type must match const 'reasoning', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        _raw_summary = d.pop("summary", UNSET)
        try:
            summary = []
            _summary = _raw_summary
            if not isinstance(_summary, list):
                raise TypeError()
            for summary_item_data in _summary:
                try:
                    summary_item = SummaryTextContent.from_dict(summary_item_data)

                except LENIENT_ERRORS:
                    summary_item = summary_item_data
                summary.append(summary_item)

        except LENIENT_ERRORS:
            summary = _raw_summary

        _raw_encrypted_content = d.pop("encrypted_content", UNSET)
        try:
            encrypted_content = _parse_encrypted_content(_raw_encrypted_content)

        except LENIENT_ERRORS:
            encrypted_content = _raw_encrypted_content

        _raw_content = d.pop("content", UNSET)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

        _raw_status = d.pop("status", UNSET)
        try:
            status = _parse_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            summary=summary,
            encrypted_content=encrypted_content,
            content=content,
            status=status,
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
