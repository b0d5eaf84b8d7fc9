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
    from ..models.code_interpreter_file_output_files_item import CodeInterpreterFileOutputFilesItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CodeInterpreterFileOutputFilesItem
    from ..models.code_interpreter_file_output_files_item import CodeInterpreterFileOutputFilesItem  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CodeInterpreterFileOutput(ApiModel):
    """The output of a code interpreter tool call that is a file."""

    files: list[CodeInterpreterFileOutputFilesItem]

    type: Literal["files"] = "files"
    """ The type of the code interpreter file output. Always `files`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("files", "files"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['files']",
        "files": "list[CodeInterpreterFileOutputFilesItem]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("files",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "files",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "files",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.files
        if value_2 is None:
            if "files" in present:
                out["files"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "files" in present:
            out["files"] = to_json(value_2)
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
        _raw_files = get_("files", UNSET)
        try:
            files = []
            _files = _raw_files
            if not isinstance(_files, list):
                raise TypeError()
            for files_item_data in _files:
                try:
                    files_item = (
                        CodeInterpreterFileOutputFilesItem._from_dict_(files_item_data)
                        if files_item_data.__class__ is dict
                        else CodeInterpreterFileOutputFilesItem.from_dict(files_item_data)
                    )
                except LENIENT_ERRORS:
                    files_item = files_item_data
                files.append(files_item)

        except LENIENT_ERRORS:
            files = _raw_files
        parsed_obj_.files = AbsentList() if isinstance(files, Unset) else files
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
