from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.output_text_content import OutputTextContent
    from ..models.reasoning_text_content import ReasoningTextContent
    from ..models.refusal_content import RefusalContent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, OutputTextContent, ReasoningTextContent, RefusalContent
    from ..models.output_text_content import OutputTextContent  # noqa: PLC0415
    from ..models.reasoning_text_content import ReasoningTextContent  # noqa: PLC0415
    from ..models.refusal_content import RefusalContent  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_part(data: object) -> OutputTextContent | ReasoningTextContent | RefusalContent:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                OutputTextContent,
                RefusalContent,
                ReasoningTextContent,
            ),
        )
        if variant is None:
            return cast(
                "OutputTextContent | ReasoningTextContent | RefusalContent", UnknownVariant(data)
            )
        return cast(
            "OutputTextContent | ReasoningTextContent | RefusalContent", variant.from_dict(data)
        )
    return cast("OutputTextContent | ReasoningTextContent | RefusalContent", data)


@_attrs_define(repr=False)
class ResponseContentPartDoneEvent(ApiModel):
    """Emitted when a content part is done."""

    item_id: str
    """ The ID of the output item that the content part was added to.
     """

    output_index: int
    """ The index of the output item that the content part was added to.
     """

    content_index: int
    """ The index of the content part that is done.
     """

    sequence_number: int
    """ The sequence number of this event. """

    part: OutputTextContent | ReasoningTextContent | RefusalContent | UnknownVariant

    type: Literal["response.content_part.done"] = "response.content_part.done"
    """ The type of the event. Always `response.content_part.done`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_index", "content_index"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("part", "part"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['response.content_part.done']",
        "item_id": "str",
        "output_index": "int",
        "content_index": "int",
        "sequence_number": "int",
        "part": "OutputTextContent | ReasoningTextContent | RefusalContent",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.content_part.done",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "item_id",
        "output_index",
        "content_index",
        "sequence_number",
        "part",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "item_id",
            "output_index",
            "content_index",
            "sequence_number",
            "part",
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
        value_3 = self.output_index
        if value_3 is None:
            if "output_index" in present:
                out["output_index"] = None
        else:
            out["output_index"] = value_3
        value_4 = self.part
        if value_4 is None:
            if "part" in present:
                out["part"] = None
        else:
            out["part"] = to_json(value_4)
        value_5 = self.sequence_number
        if value_5 is None:
            if "sequence_number" in present:
                out["sequence_number"] = None
        else:
            out["sequence_number"] = value_5
        value_6 = self.type
        if value_6 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_6
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
        parsed_obj_.sequence_number = get_("sequence_number")
        _raw_part = get_("part", None)
        try:
            part = _parse_part(_raw_part)

        except LENIENT_ERRORS:
            part = _raw_part
        parsed_obj_.part = part
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
