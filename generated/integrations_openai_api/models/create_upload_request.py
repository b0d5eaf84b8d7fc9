from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
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
    purposes](https://platform.openai.com/docs/api-reference/files/create#files-create-purpose).
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.filename
        if value_1 is None:
            if "filename" in present:
                out["filename"] = None
        else:
            out["filename"] = value_1
        value_2 = self.purpose
        if value_2 is None:
            if "purpose" in present:
                out["purpose"] = None
        else:
            out["purpose"] = value_2
        value_3 = self.bytes
        if value_3 is None:
            if "bytes" in present:
                out["bytes"] = None
        else:
            out["bytes"] = value_3
        value_4 = self.mime_type
        if value_4 is None:
            if "mime_type" in present:
                out["mime_type"] = None
        else:
            out["mime_type"] = value_4
        value_5 = self.expires_after
        if value_5 is None:
            if "expires_after" in present:
                out["expires_after"] = None
        else:
            out["expires_after"] = to_json(value_5)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

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
