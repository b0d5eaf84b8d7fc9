from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.create_upload_request_purpose import (
    CreateUploadRequestPurpose,
    check_create_upload_request_purpose,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_expiration_after import FileExpirationAfter

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FileExpirationAfter
    from ..models.file_expiration_after import FileExpirationAfter  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateUploadRequest")


@_attrs_define
class CreateUploadRequest:
    filename: str
    """ The name of the file to upload.
     """
    purpose: CreateUploadRequestPurpose
    """ The intended purpose of the uploaded file.

    See the [documentation on File
    purposes](/docs/api-reference/files/create#files-create-purpose).
     """
    bytes_: int
    """ The number of bytes in the file you are uploading.
     """
    mime_type: str
    """ The MIME type of the file.


    This must fall within the supported MIME types for your file purpose. See
    the supported MIME types for assistants and vision.
     """
    expires_after: FileExpirationAfter | Unset = UNSET
    """ The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other
    files are persisted until they are manually deleted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "purpose": (
            "assistants",
            "batch",
            "fine-tune",
            "vision",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "filename",
        "purpose",
        "bytes",
        "mime_type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "filename",
            "purpose",
            "bytes",
            "mime_type",
            "expires_after",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.filename, Unset):
            field_dict["filename"] = self.filename
        if not isinstance(self.purpose, Unset):
            field_dict["purpose"] = self.purpose
        if not isinstance(self.bytes_, Unset):
            field_dict["bytes"] = self.bytes_
        if not isinstance(self.mime_type, Unset):
            field_dict["mime_type"] = self.mime_type
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = to_json(self.expires_after)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateUploadRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        filename = d.pop("filename", UNSET)

        _raw_purpose = d.pop("purpose", UNSET)
        try:
            purpose = check_create_upload_request_purpose(_raw_purpose)

        except LENIENT_ERRORS:
            purpose = _raw_purpose

        bytes_ = d.pop("bytes", UNSET)

        mime_type = d.pop("mime_type", UNSET)

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
            filename=filename,
            purpose=purpose,
            bytes_=bytes_,
            mime_type=mime_type,
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
