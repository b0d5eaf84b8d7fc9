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

if TYPE_CHECKING:
    from ..models.response_output_text_annotation_added_event_annotation import (
        ResponseOutputTextAnnotationAddedEventAnnotation,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseOutputTextAnnotationAddedEventAnnotation
    from ..models.response_output_text_annotation_added_event_annotation import (
        ResponseOutputTextAnnotationAddedEventAnnotation,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_annotation(data: object) -> None | ResponseOutputTextAnnotationAddedEventAnnotation:
    if data is None:
        return data
    if isinstance(data, dict):
        return ResponseOutputTextAnnotationAddedEventAnnotation._from_dict_(data)
    return cast("None | ResponseOutputTextAnnotationAddedEventAnnotation", data)


@_attrs_define(repr=False)
class ResponseOutputTextAnnotationAddedEvent(ApiModel):
    """Emitted when an annotation is added to output text content."""

    item_id: str
    """ The unique identifier of the item to which the annotation is being added. """

    output_index: int
    """ The index of the output item in the response's output array. """

    content_index: int
    """ The index of the content part within the output item. """

    annotation_index: int
    """ The index of the annotation within the content part. """

    sequence_number: int
    """ The sequence number of this event. """

    type: Literal["response.output_text.annotation.added"] = "response.output_text.annotation.added"
    """ The type of the event. Always 'response.output_text.annotation.added'. """

    annotation: ResponseOutputTextAnnotationAddedEventAnnotation | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("annotation", "annotation"),
        ("annotation_index", "annotation_index"),
        ("content_index", "content_index"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['response.output_text.annotation.added']",
        "item_id": "str",
        "output_index": "int",
        "content_index": "int",
        "annotation_index": "int",
        "sequence_number": "int",
        "annotation": "None | ResponseOutputTextAnnotationAddedEventAnnotation",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.output_text.annotation.added",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "item_id",
        "output_index",
        "content_index",
        "annotation_index",
        "sequence_number",
        "annotation",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "item_id",
            "output_index",
            "content_index",
            "annotation_index",
            "sequence_number",
            "annotation",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.annotation
        if value_1 is None:
            if "annotation" in present:
                out["annotation"] = None
        else:
            out["annotation"] = to_json(value_1)
        value_2 = self.annotation_index
        if value_2 is None:
            if "annotation_index" in present:
                out["annotation_index"] = None
        else:
            out["annotation_index"] = value_2
        value_3 = self.content_index
        if value_3 is None:
            if "content_index" in present:
                out["content_index"] = None
        else:
            out["content_index"] = value_3
        value_4 = self.item_id
        if value_4 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_4
        value_5 = self.output_index
        if value_5 is None:
            if "output_index" in present:
                out["output_index"] = None
        else:
            out["output_index"] = value_5
        value_6 = self.sequence_number
        if value_6 is None:
            if "sequence_number" in present:
                out["sequence_number"] = None
        else:
            out["sequence_number"] = value_6
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
        parsed_obj_.annotation_index = get_("annotation_index")
        parsed_obj_.sequence_number = get_("sequence_number")
        _raw_annotation = get_("annotation", None)
        if _raw_annotation is not None:
            try:
                annotation = _parse_annotation(_raw_annotation)

            except LENIENT_ERRORS:
                annotation = _raw_annotation
        else:
            annotation = _raw_annotation
        parsed_obj_.annotation = annotation
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
