from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="ResponseOutputText")


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


@_attrs_define
class ResponseOutputText:
    """Assistant response text accompanied by optional annotations."""

    text: str
    """ Assistant generated text. """
    annotations: list[FileAnnotation | UrlAnnotation]
    """ Ordered list of annotations attached to the response text. """
    type_: Literal["output_text"] = "output_text"
    """ Type discriminator that is always `output_text`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.text, Unset):
            field_dict["text"] = self.text
        if not isinstance(self.annotations, Unset):
            field_dict["annotations"] = to_json(self.annotations)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ResponseOutputText: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['output_text']", _raw_type_)
            if type_ != "output_text":
                raise ValueError(f"type must match const 'output_text', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        text = d.pop("text", UNSET)

        _raw_annotations = d.pop("annotations", UNSET)
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

        parsed_obj_ = cls(
            type_=type_,
            text=text,
            annotations=annotations,
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
