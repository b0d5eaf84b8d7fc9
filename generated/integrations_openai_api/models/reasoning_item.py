from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.computer_tool_call_status import (
    ComputerToolCallStatus,
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ReasoningItem(ApiModel):
    """A description of the chain of thought used by a reasoning model while generating
    a response. Be sure to include these items in your `input` to the Responses API
    for subsequent turns of a conversation if you are manually
    [managing context](https://platform.openai.com/docs/guides/conversation-state).

    """

    id: str
    """ The unique identifier of the reasoning content.
     """

    summary: list[SummaryTextContent]
    """ Reasoning summary content.
     """

    type: Literal["reasoning"] = "reasoning"
    """ The type of the object. Always `reasoning`.
     """

    encrypted_content: str | None = ABSENT

    content: list[ReasoningTextContent] | None = ABSENT
    """ Reasoning text content.
     """

    status: ComputerToolCallStatus | str | None = ABSENT
    """ The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
     """

    _sdk_name_: ClassVar[str] = "ResponseReasoningItem"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "content": {"ReasoningTextContent": "Content"},
        "summary": {"SummaryTextContent": "Summary"},
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("summary", "summary"),
        ("type", "type"),
        ("content", "content"),
        ("encrypted_content", "encrypted_content"),
        ("status", "status"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['reasoning']",
        "id": "str",
        "summary": "list[SummaryTextContent]",
        "encrypted_content": "None | str | Unset",
        "content": "list[ReasoningTextContent] | Unset",
        "status": "ComputerToolCallStatus | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("reasoning",),
        "status": (
            "completed",
            "in_progress",
            "incomplete",
        ),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.summary
        if value_2 is None:
            if "summary" in present:
                out["summary"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "summary" in present:
            out["summary"] = to_json(value_2)
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        value_4 = self.content
        if value_4 is None:
            if "content" in present:
                out["content"] = None
        else:
            out["content"] = to_json(value_4)
        value_5 = self.encrypted_content
        if value_5 is None:
            if "encrypted_content" in present:
                out["encrypted_content"] = None
        else:
            out["encrypted_content"] = to_json(value_5)
        value_6 = self.status
        if value_6 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_6
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
        _raw_summary = get_("summary", UNSET)
        try:
            summary = []
            _summary = _raw_summary
            if not isinstance(_summary, list):
                raise TypeError()
            for summary_item_data in _summary:
                try:
                    summary_item = (
                        SummaryTextContent._from_dict_(summary_item_data)
                        if summary_item_data.__class__ is dict
                        else SummaryTextContent.from_dict(summary_item_data)
                    )
                except LENIENT_ERRORS:
                    summary_item = summary_item_data
                summary.append(summary_item)

        except LENIENT_ERRORS:
            summary = _raw_summary
        parsed_obj_.summary = AbsentList() if isinstance(summary, Unset) else summary
        parsed_obj_.encrypted_content = get_("encrypted_content")
        _raw_content = get_("content", UNSET)
        try:
            _content = _raw_content
            content: list[ReasoningTextContent] | Unset = UNSET
            if _content is not UNSET:
                if not isinstance(_content, list):
                    raise TypeError()
                content = []
                for content_item_data in _content:
                    try:
                        content_item = (
                            ReasoningTextContent._from_dict_(content_item_data)
                            if content_item_data.__class__ is dict
                            else ReasoningTextContent.from_dict(content_item_data)
                        )
                    except LENIENT_ERRORS:
                        content_item = content_item_data
                    content.append(content_item)

        except LENIENT_ERRORS:
            content = _raw_content
        parsed_obj_.content = None if isinstance(content, Unset) else content
        parsed_obj_.status = get_("status")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
