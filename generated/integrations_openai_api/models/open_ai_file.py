from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.open_ai_file_purpose import OpenAIFilePurpose, check_open_ai_file_purpose
from ..models.open_ai_file_status import OpenAIFileStatus, check_open_ai_file_status
from ..types import UNSET, Unset


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


@_attrs_define(repr=False)
class OpenAIFile(ApiModel):
    """The `File` object represents a document that has been uploaded to OpenAI."""

    id: str
    """ The file identifier, which can be referenced in the API endpoints. """

    bytes: int
    """ The size of the file, in bytes. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the file was created. """

    filename: str
    """ The name of the file. """

    purpose: OpenAIFilePurpose | str
    """ The intended purpose of the file. Supported values are `assistants`, `assistants_output`, `batch`,
    `batch_output`, `fine-tune`, `fine-tune-results`, `vision`, and `user_data`. """

    status: OpenAIFileStatus | str
    """ Deprecated. The current status of the file, which can be either `uploaded`, `processed`, or `error`. """

    object: Literal["file"] = "file"
    """ The object type, which is always `file`. """

    expires_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the file will expire. """

    status_details: str | None = ABSENT
    """ Deprecated. For details on why a fine-tuning training file failed validation, see the `error` field on
    `fine_tuning.job`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("bytes", "bytes"),
        ("created_at", "created_at"),
        ("filename", "filename"),
        ("object", "object"),
        ("purpose", "purpose"),
        ("status", "status"),
        ("expires_at", "expires_at"),
        ("status_details", "status_details"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "bytes": "int",
        "created_at": "int",
        "filename": "str",
        "object": "Literal['file']",
        "purpose": "OpenAIFilePurpose",
        "status": "OpenAIFileStatus",
        "expires_at": "int | None | Unset",
        "status_details": "None | str | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        bytes_ = d.pop("bytes", None)

        created_at = d.pop("created_at", None)

        filename = d.pop("filename", None)

        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["file"]', _raw_object_)
            if object_ != "file":
                raise ValueError(f"object must match const 'file', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_purpose = d.pop("purpose", None)
        try:
            purpose = check_open_ai_file_purpose(_raw_purpose)

        except LENIENT_ERRORS:
            purpose = _raw_purpose

        _raw_status = d.pop("status", None)
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.bytes = bytes_
        parsed_obj_.created_at = created_at
        parsed_obj_.filename = filename
        parsed_obj_.object = object_
        parsed_obj_.purpose = purpose
        parsed_obj_.status = status
        parsed_obj_.expires_at = None if isinstance(expires_at, Unset) else expires_at
        parsed_obj_.status_details = None if isinstance(status_details, Unset) else status_details
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
