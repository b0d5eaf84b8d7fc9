from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.open_ai_file_purpose import OpenAIFilePurpose, check_open_ai_file_purpose
from ..models.open_ai_file_status import OpenAIFileStatus, check_open_ai_file_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenAIFile")


def _parse_expires_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_status_details(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class OpenAIFile:
    """The `File` object represents a document that has been uploaded to OpenAI."""

    id: str
    """ The file identifier, which can be referenced in the API endpoints. """
    bytes_: int
    """ The size of the file, in bytes. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the file was created. """
    filename: str
    """ The name of the file. """
    purpose: OpenAIFilePurpose
    """ The intended purpose of the file. Supported values are `assistants`, `assistants_output`, `batch`,
    `batch_output`, `fine-tune`, `fine-tune-results`, `vision`, and `user_data`. """
    status: OpenAIFileStatus
    """ Deprecated. The current status of the file, which can be either `uploaded`, `processed`, or `error`. """
    object_: Literal["file"] = "file"
    """ The object type, which is always `file`. """
    expires_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) for when the file will expire. """
    status_details: None | str | Unset = UNSET
    """ Deprecated. For details on why a fine-tuning training file failed validation, see the `error` field on
    `fine_tuning.job`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("file",),
        "purpose": (
            "assistants",
            "assistants_output",
            "batch",
            "batch_output",
            "fine-tune",
            "fine-tune-results",
            "user_data",
            "vision",
        ),
        "status": (
            "error",
            "processed",
            "uploaded",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "bytes",
        "created_at",
        "filename",
        "object",
        "purpose",
        "status",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "bytes",
            "created_at",
            "filename",
            "object",
            "purpose",
            "status",
            "expires_at",
            "status_details",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.bytes_, Unset):
            field_dict["bytes"] = self.bytes_
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.filename, Unset):
            field_dict["filename"] = self.filename
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.purpose, Unset):
            field_dict["purpose"] = self.purpose
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = to_json(self.expires_at)
        if self.status_details is not UNSET:
            field_dict["status_details"] = to_json(self.status_details)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"OpenAIFile: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        bytes_ = d.pop("bytes", UNSET)

        created_at = d.pop("created_at", UNSET)

        filename = d.pop("filename", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['file']", _raw_object_)
            if object_ != "file":
                raise ValueError(f"object must match const 'file', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_purpose = d.pop("purpose", UNSET)
        try:
            purpose = check_open_ai_file_purpose(_raw_purpose)

        except LENIENT_ERRORS:
            purpose = _raw_purpose

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_open_ai_file_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_expires_at = d.pop("expires_at", UNSET)
        try:
            expires_at = _parse_expires_at(_raw_expires_at)

        except LENIENT_ERRORS:
            expires_at = _raw_expires_at

        _raw_status_details = d.pop("status_details", UNSET)
        try:
            status_details = _parse_status_details(_raw_status_details)

        except LENIENT_ERRORS:
            status_details = _raw_status_details

        parsed_obj_ = cls(
            id=id,
            bytes_=bytes_,
            created_at=created_at,
            filename=filename,
            object_=object_,
            purpose=purpose,
            status=status,
            expires_at=expires_at,
            status_details=status_details,
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
