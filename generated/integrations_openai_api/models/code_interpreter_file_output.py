from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_interpreter_file_output_files_item import CodeInterpreterFileOutputFilesItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CodeInterpreterFileOutputFilesItem
    from ..models.code_interpreter_file_output_files_item import CodeInterpreterFileOutputFilesItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CodeInterpreterFileOutput")


@_attrs_define
class CodeInterpreterFileOutput:
    """The output of a code interpreter tool call that is a file."""

    files: list[CodeInterpreterFileOutputFilesItem]
    type_: Literal["files"] = "files"
    """ The type of the code interpreter file output. Always `files`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.files, Unset):
            field_dict["files"] = to_json(self.files)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CodeInterpreterFileOutput: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['files']", _raw_type_)
            if type_ != "files":
                raise ValueError(f"type must match const 'files', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_files = d.pop("files", UNSET)
        try:
            files = []
            _files = _raw_files
            if not isinstance(_files, list):
                raise TypeError()
            for files_item_data in _files:
                try:
                    files_item = CodeInterpreterFileOutputFilesItem.from_dict(files_item_data)

                except LENIENT_ERRORS:
                    files_item = files_item_data
                files.append(files_item)

        except LENIENT_ERRORS:
            files = _raw_files

        parsed_obj_ = cls(
            type_=type_,
            files=files,
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
