from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class MessageDeltaContentTextObjectText(ApiModel):
    value: str | None = ABSENT
    """ The data that makes up the text. """

    annotations: (
        list[
            MessageDeltaContentTextAnnotationsFileCitationObject
            | MessageDeltaContentTextAnnotationsFilePathObject
            | UnknownVariant
        ]
        | None
    ) = ABSENT

    _sdk_name_: ClassVar[str] = "TextDelta"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("annotations", "annotations"),
        ("value", "value"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "value": "str | Unset",
        "annotations": "list[MessageDeltaContentTextAnnotationsFileCitationObject | MessageDeltaContentTextAnnotationsFilePathObject] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "value",
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
        else:
            out["annotations"] = to_json(value_1)
        value_2 = self.value
        if value_2 is None:
            if "value" in present:
                out["value"] = None
        else:
            out["value"] = value_2
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
        parsed_obj_.value = get_("value")
        _raw_annotations = get_("annotations", UNSET)
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
        parsed_obj_.annotations = None if isinstance(annotations, Unset) else annotations
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
