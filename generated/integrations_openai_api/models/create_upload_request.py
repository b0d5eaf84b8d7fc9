from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class CreateUploadRequest(ApiModel):
    filename: str
    """ The name of the file to upload.
     """

    purpose: CreateUploadRequestPurpose | str
    """ The intended purpose of the uploaded file.

    See the [documentation on File
    purposes](/docs/api-reference/files/create#files-create-purpose).
     """

    bytes: int
    """ The number of bytes in the file you are uploading.
     """

    mime_type: str
    """ The MIME type of the file.


    This must fall within the supported MIME types for your file purpose. See
    the supported MIME types for assistants and vision.
     """

    expires_after: FileExpirationAfter | None = ABSENT
    """ The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other
    files are persisted until they are manually deleted. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("filename", "filename"),
        ("purpose", "purpose"),
        ("bytes", "bytes"),
        ("mime_type", "mime_type"),
        ("expires_after", "expires_after"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "filename": "str",
        "purpose": "CreateUploadRequestPurpose",
        "bytes": "int",
        "mime_type": "str",
        "expires_after": "FileExpirationAfter | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        filename = d.pop("filename", None)

        _raw_purpose = d.pop("purpose", None)
        try:
            purpose = check_create_upload_request_purpose(_raw_purpose)

        except LENIENT_ERRORS:
            purpose = _raw_purpose

        bytes_ = d.pop("bytes", None)

        mime_type = d.pop("mime_type", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.filename = filename
        parsed_obj_.purpose = purpose
        parsed_obj_.bytes = bytes_
        parsed_obj_.mime_type = mime_type
        parsed_obj_.expires_after = None if isinstance(expires_after, Unset) else expires_after
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
