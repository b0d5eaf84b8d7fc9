from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.wire import multipart_files
from ..models.create_file_request_purpose import (
    CreateFileRequestPurpose,
    check_create_file_request_purpose,
)
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.file_expiration_after import FileExpirationAfter

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FileExpirationAfter
    from ..models.file_expiration_after import FileExpirationAfter  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateFileRequest")


@_attrs_define
class CreateFileRequest:
    file: File
    """ The File object (not file name) to be uploaded.
     """
    purpose: CreateFileRequestPurpose
    """ The intended purpose of the uploaded file. One of:
    - `assistants`: Used in the Assistants API
    - `batch`: Used in the Batch API
    - `fine-tune`: Used for fine-tuning
    - `vision`: Images used for vision fine-tuning
    - `user_data`: Flexible file type for any purpose
    - `evals`: Used for eval data sets
     """
    expires_after: FileExpirationAfter | Unset = UNSET
    """ The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other
    files are persisted until they are manually deleted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "purpose": (
            "assistants",
            "batch",
            "evals",
            "fine-tune",
            "user_data",
            "vision",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "file",
        "purpose",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file",
            "purpose",
            "expires_after",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.file, Unset):
            field_dict["file"] = to_json(self.file)
        if not isinstance(self.purpose, Unset):
            field_dict["purpose"] = self.purpose
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = to_json(self.expires_after)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        return multipart_files(
            [
                ("file", self.file),
                ("purpose", self.purpose),
                ("expires_after", self.expires_after),
                *self.additional_properties.items(),
            ]
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateFileRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_file = d.pop("file", UNSET)
        try:
            file = File(payload=BytesIO(_raw_file))

        except LENIENT_ERRORS:
            file = _raw_file

        _raw_purpose = d.pop("purpose", UNSET)
        try:
            purpose = check_create_file_request_purpose(_raw_purpose)

        except LENIENT_ERRORS:
            purpose = _raw_purpose

        _raw_expires_after = d.pop("expires_after", UNSET)
        try:
            _expires_after = _raw_expires_after
            expires_after: FileExpirationAfter | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = FileExpirationAfter.from_dict(_expires_after)

        except LENIENT_ERRORS:
            expires_after = _raw_expires_after

        parsed_obj_ = cls(
            file=file,
            purpose=purpose,
            expires_after=expires_after,
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
