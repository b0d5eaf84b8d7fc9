from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.upload_status import UploadStatus, check_upload_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_file import UploadFile

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, UploadFile
    from ..models.upload_file import UploadFile  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Upload")


def _parse_expires_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_file(data: object) -> None | Unset | UploadFile:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return UploadFile.from_dict(data)
    return cast("None | Unset | UploadFile", data)


@_attrs_define
class Upload:
    """The Upload object can accept byte chunks in the form of Parts."""

    id: str
    """ The Upload unique identifier, which can be referenced in API endpoints. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the Upload was created. """
    filename: str
    """ The name of the file to be uploaded. """
    bytes_: int
    """ The intended number of bytes to be uploaded. """
    purpose: str
    """ The intended purpose of the file. [Please refer here](/docs/api-reference/files/object#files/object-purpose)
    for acceptable values. """
    status: UploadStatus
    """ The status of the Upload. """
    expires_at: int | None
    """ The Unix timestamp (in seconds) for when the Upload will expire. """
    object_: Literal["upload"] | Unset = "upload"
    """ The object type, which is always "upload". """
    file: None | Unset | UploadFile = UNSET
    """ The `File` object represents a document that has been uploaded to OpenAI. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "status": (
            "cancelled",
            "completed",
            "expired",
            "pending",
        ),
        "object": ("upload",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "created_at",
        "filename",
        "bytes",
        "purpose",
        "status",
        "expires_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "created_at",
            "filename",
            "bytes",
            "purpose",
            "status",
            "expires_at",
            "object",
            "file",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.filename, Unset):
            field_dict["filename"] = self.filename
        if not isinstance(self.bytes_, Unset):
            field_dict["bytes"] = self.bytes_
        if not isinstance(self.purpose, Unset):
            field_dict["purpose"] = self.purpose
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.expires_at, Unset):
            field_dict["expires_at"] = to_json(self.expires_at)
        if self.object_ is not UNSET:
            field_dict["object"] = self.object_
        if self.file is not UNSET:
            field_dict["file"] = to_json(self.file)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Upload: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        filename = d.pop("filename", UNSET)

        bytes_ = d.pop("bytes", UNSET)

        purpose = d.pop("purpose", UNSET)

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_upload_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_expires_at = d.pop("expires_at", UNSET)
        try:
            expires_at = _parse_expires_at(_raw_expires_at)

        except LENIENT_ERRORS:
            expires_at = _raw_expires_at

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['upload'] | Unset", _raw_object_)
            if object_ != "upload" and not isinstance(object_, Unset):
                raise ValueError(f"object must match const 'upload', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_file = d.pop("file", UNSET)
        try:
            file = _parse_file(_raw_file)

        except LENIENT_ERRORS:
            file = _raw_file

        parsed_obj_ = cls(
            id=id,
            created_at=created_at,
            filename=filename,
            bytes_=bytes_,
            purpose=purpose,
            status=status,
            expires_at=expires_at,
            object_=object_,
            file=file,
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
