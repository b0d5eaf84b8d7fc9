from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_log_prob import ResponseLogProb

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseLogProb
    from ..models.response_log_prob import ResponseLogProb  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ResponseTextDoneEvent(ApiModel):
    """Emitted when text content is finalized."""

    item_id: str
    """ The ID of the output item that the text content is finalized.
     """

    output_index: int
    """ The index of the output item that the text content is finalized.
     """

    content_index: int
    """ The index of the content part that the text content is finalized.
     """

    text: str
    """ The text content that is finalized.
     """

    sequence_number: int
    """ The sequence number for this event. """

    logprobs: list[ResponseLogProb]
    """ The log probabilities of the tokens in the delta.
     """

    type: Literal["response.output_text.done"] = "response.output_text.done"
    """ The type of the event. Always `response.output_text.done`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_index", "content_index"),
        ("item_id", "item_id"),
        ("logprobs", "logprobs"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("text", "text"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['response.output_text.done']",
        "item_id": "str",
        "output_index": "int",
        "content_index": "int",
        "text": "str",
        "sequence_number": "int",
        "logprobs": "list[ResponseLogProb]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.output_text.done",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "item_id",
        "output_index",
        "content_index",
        "text",
        "sequence_number",
        "logprobs",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "item_id",
            "output_index",
            "content_index",
            "text",
            "sequence_number",
            "logprobs",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.content_index
        if value_1 is None:
            if "content_index" in present:
                out["content_index"] = None
        else:
            out["content_index"] = value_1
        value_2 = self.item_id
        if value_2 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_2
        value_3 = self.logprobs
        if value_3 is None:
            if "logprobs" in present:
                out["logprobs"] = None
        elif value_3 or not isinstance(value_3, AbsentList) or "logprobs" in present:
            out["logprobs"] = to_json(value_3)
        value_4 = self.output_index
        if value_4 is None:
            if "output_index" in present:
                out["output_index"] = None
        else:
            out["output_index"] = value_4
        value_5 = self.sequence_number
        if value_5 is None:
            if "sequence_number" in present:
                out["sequence_number"] = None
        else:
            out["sequence_number"] = value_5
        value_6 = self.text
        if value_6 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_6
        value_7 = self.type
        if value_7 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_7
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
        parsed_obj_.content_index = get_("content_index")
        parsed_obj_.text = get_("text")
        parsed_obj_.sequence_number = get_("sequence_number")
        _raw_logprobs = get_("logprobs", UNSET)
        try:
            logprobs = []
            _logprobs = _raw_logprobs
            if not isinstance(_logprobs, list):
                raise TypeError()
            for logprobs_item_data in _logprobs:
                try:
                    logprobs_item = (
                        ResponseLogProb._from_dict_(logprobs_item_data)
                        if logprobs_item_data.__class__ is dict
                        else ResponseLogProb.from_dict(logprobs_item_data)
                    )
                except LENIENT_ERRORS:
                    logprobs_item = logprobs_item_data
                logprobs.append(logprobs_item)

        except LENIENT_ERRORS:
            logprobs = _raw_logprobs
        parsed_obj_.logprobs = AbsentList() if isinstance(logprobs, Unset) else logprobs
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
