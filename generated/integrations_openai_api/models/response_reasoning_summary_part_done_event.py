from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.response_reasoning_summary_part_done_event_status import (
    ResponseReasoningSummaryPartDoneEventStatus,
    check_response_reasoning_summary_part_done_event_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_reasoning_summary_part_done_event_part import (
        ResponseReasoningSummaryPartDoneEventPart,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseReasoningSummaryPartDoneEventPart
    from ..models.response_reasoning_summary_part_done_event_part import (
        ResponseReasoningSummaryPartDoneEventPart,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_status(data: object) -> None | ResponseReasoningSummaryPartDoneEventStatus | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = check_response_reasoning_summary_part_done_event_status(data)

        return status_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ResponseReasoningSummaryPartDoneEventStatus | Unset", data)


@_attrs_define(repr=False)
class ResponseReasoningSummaryPartDoneEvent(ApiModel):
    """Emitted when a reasoning summary part is completed."""

    item_id: str
    """ The ID of the item this summary part is associated with.
     """

    output_index: int
    """ The index of the output item this summary part is associated with.
     """

    summary_index: int
    """ The index of the summary part within the reasoning summary.
     """

    sequence_number: int
    """ The sequence number of this event.
     """

    part: ResponseReasoningSummaryPartDoneEventPart
    """ The completed summary part.
     """

    type: Literal["response.reasoning_summary_part.done"] = "response.reasoning_summary_part.done"
    """ The type of the event. Always `response.reasoning_summary_part.done`.
     """

    status: ResponseReasoningSummaryPartDoneEventStatus | str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ResponseReasoningSummaryPartDoneEvent` has it (the live API
    sends it). Reads None when absent. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("part", "part"),
        ("sequence_number", "sequence_number"),
        ("summary_index", "summary_index"),
        ("type", "type"),
        ("status", "status"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['response.reasoning_summary_part.done']",
        "item_id": "str",
        "output_index": "int",
        "summary_index": "int",
        "sequence_number": "int",
        "part": "ResponseReasoningSummaryPartDoneEventPart",
        "status": "None | ResponseReasoningSummaryPartDoneEventStatus | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.reasoning_summary_part.done",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "item_id",
        "output_index",
        "summary_index",
        "sequence_number",
        "part",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "item_id",
            "output_index",
            "summary_index",
            "sequence_number",
            "part",
            "status",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.item_id
        if value_1 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_1
        value_2 = self.output_index
        if value_2 is None:
            if "output_index" in present:
                out["output_index"] = None
        else:
            out["output_index"] = value_2
        value_3 = self.part
        if value_3 is None:
            if "part" in present:
                out["part"] = None
        else:
            out["part"] = to_json(value_3)
        value_4 = self.sequence_number
        if value_4 is None:
            if "sequence_number" in present:
                out["sequence_number"] = None
        else:
            out["sequence_number"] = value_4
        value_5 = self.summary_index
        if value_5 is None:
            if "summary_index" in present:
                out["summary_index"] = None
        else:
            out["summary_index"] = value_5
        value_6 = self.type
        if value_6 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_6
        value_7 = self.status
        if value_7 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = to_json(value_7)
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
        parsed_obj_.item_id = get_("item_id")
        parsed_obj_.output_index = get_("output_index")
        parsed_obj_.summary_index = get_("summary_index")
        parsed_obj_.sequence_number = get_("sequence_number")
        part = get_("part")
        if part is not None:
            try:
                part = (
                    ResponseReasoningSummaryPartDoneEventPart._from_dict_(part)
                    if part.__class__ is dict
                    else ResponseReasoningSummaryPartDoneEventPart.from_dict(part)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.part = part
        _raw_status = get_("status", UNSET)
        if _raw_status is not None and _raw_status is not UNSET:
            try:
                status = _parse_status(_raw_status)

            except LENIENT_ERRORS:
                status = _raw_status
        else:
            status = _raw_status
        parsed_obj_.status = None if isinstance(status, Unset) else status
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
