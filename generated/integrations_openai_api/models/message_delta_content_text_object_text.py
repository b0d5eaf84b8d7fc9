from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject,
    )
    from ..models.message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        MessageDeltaContentTextAnnotationsFileCitationObject, \
        MessageDeltaContentTextAnnotationsFilePathObject
    from ..models.message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject,  # noqa: PLC0415
    )
    from ..models.message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="MessageDeltaContentTextObjectText")


def _parse_annotations_item(
    data: object,
) -> (
    MessageDeltaContentTextAnnotationsFileCitationObject
    | MessageDeltaContentTextAnnotationsFilePathObject
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                MessageDeltaContentTextAnnotationsFileCitationObject,
                MessageDeltaContentTextAnnotationsFilePathObject,
            ),
        )
        if variant is None:
            return cast(
                "MessageDeltaContentTextAnnotationsFileCitationObject | MessageDeltaContentTextAnnotationsFilePathObject",
                UnknownVariant(data),
            )
        return cast(
            "MessageDeltaContentTextAnnotationsFileCitationObject | MessageDeltaContentTextAnnotationsFilePathObject",
            variant.from_dict(data),
        )
    return cast(
        "MessageDeltaContentTextAnnotationsFileCitationObject | MessageDeltaContentTextAnnotationsFilePathObject",
        data,
    )


@_attrs_define
class MessageDeltaContentTextObjectText:
    value: str | Unset = UNSET
    """ The data that makes up the text. """
    annotations: (
        list[
            MessageDeltaContentTextAnnotationsFileCitationObject
            | MessageDeltaContentTextAnnotationsFilePathObject
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "value",
            "annotations",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.value is not UNSET:
            field_dict["value"] = self.value
        if self.annotations is not UNSET:
            field_dict["annotations"] = to_json(self.annotations)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"MessageDeltaContentTextObjectText: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        _raw_annotations = d.pop("annotations", UNSET)
        try:
            _annotations = _raw_annotations
            annotations: (
                list[
                    MessageDeltaContentTextAnnotationsFileCitationObject
                    | MessageDeltaContentTextAnnotationsFilePathObject
                ]
                | Unset
            ) = UNSET
            if _annotations is not UNSET:
                if not isinstance(_annotations, list):
                    raise TypeError()
                annotations = []
                for annotations_item_data in _annotations:
                    try:
                        annotations_item = _parse_annotations_item(annotations_item_data)

                    except LENIENT_ERRORS:
                        annotations_item = annotations_item_data
                    annotations.append(annotations_item)

        except LENIENT_ERRORS:
            annotations = _raw_annotations

        parsed_obj_ = cls(
            value=value,
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
