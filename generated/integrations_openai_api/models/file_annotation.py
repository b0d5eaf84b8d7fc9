from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.file_annotation_source import FileAnnotationSource

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FileAnnotationSource
    from ..models.file_annotation_source import FileAnnotationSource  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class FileAnnotation(ApiModel):
    """Annotation that references an uploaded file."""

    source: FileAnnotationSource
    """ Attachment source referenced by an annotation. """

    type: Literal["file"] = "file"
    """ Type discriminator that is always `file` for this annotation. """

    _sdk_name_: ClassVar[str] = "AnnotationFile"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("source", "source"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['file']",
        "source": "FileAnnotationSource",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "source",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "source",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.source
        if value_1 is None:
            if "source" in present:
                out["source"] = None
        else:
            out["source"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = d.pop("type", None)

        _raw_source = d.pop("source", None)
        try:
            source = FileAnnotationSource.from_dict(_raw_source)

        except LENIENT_ERRORS:
            source = _raw_source

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.source = source
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
