from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_annotation import FileAnnotation
    from ..models.url_annotation import UrlAnnotation

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FileAnnotation, UrlAnnotation
    from ..models.file_annotation import FileAnnotation  # noqa: PLC0415
    from ..models.url_annotation import UrlAnnotation  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_annotations_item(data: object) -> FileAnnotation | UrlAnnotation:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                FileAnnotation,
                UrlAnnotation,
            ),
        )
        if variant is None:
            return cast("FileAnnotation | UrlAnnotation", UnknownVariant(data))
        return cast("FileAnnotation | UrlAnnotation", variant.from_dict(data))
    return cast("FileAnnotation | UrlAnnotation", data)


@_attrs_define(repr=False)
class ResponseOutputText(ApiModel):
    """Assistant response text accompanied by optional annotations."""

    text: str
    """ Assistant generated text. """

    annotations: list[FileAnnotation | UnknownVariant | UrlAnnotation]
    """ Ordered list of annotations attached to the response text. """

    type: Literal["output_text"] = "output_text"
    """ Type discriminator that is always `output_text`. """

    _sdk_name_: ClassVar[str] = "ChatKitResponseOutputText"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("annotations", "annotations"),
        ("text", "text"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['output_text']",
        "text": "str",
        "annotations": "list[FileAnnotation | UrlAnnotation]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("output_text",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "text",
        "annotations",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "text",
            "annotations",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.annotations
        if value_1 is None:
            if "annotations" in present:
                out["annotations"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "annotations" in present:
            out["annotations"] = to_json(value_1)
        value_2 = self.text
        if value_2 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
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
        parsed_obj_.text = get_("text")
        _raw_annotations = get_("annotations", UNSET)
        try:
            annotations = []
            _annotations = _raw_annotations
            if not isinstance(_annotations, list):
                raise TypeError()
            for annotations_item_data in _annotations:
                try:
                    annotations_item = _parse_annotations_item(annotations_item_data)

                except LENIENT_ERRORS:
                    annotations_item = annotations_item_data
                annotations.append(annotations_item)

        except LENIENT_ERRORS:
            annotations = _raw_annotations
        parsed_obj_.annotations = AbsentList() if isinstance(annotations, Unset) else annotations
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
