from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import types
from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class CreateFileRequest(ApiModel):
    file: File
    """ The File object (not file name) to be uploaded.
     """

    purpose: CreateFileRequestPurpose | str
    """ The intended purpose of the uploaded file. One of:
    - `assistants`: Used in the Assistants API
    - `batch`: Used in the Batch API
    - `fine-tune`: Used for fine-tuning
    - `vision`: Images used for vision fine-tuning
    - `user_data`: Flexible file type for any purpose
    - `evals`: Used for eval data sets
     """

    expires_after: FileExpirationAfter | None = ABSENT
    """ The expiration policy for a file. By default, files with `purpose=batch` expire after 30 days and all other
    files are persisted until they are manually deleted. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file", "file"),
        ("purpose", "purpose"),
        ("expires_after", "expires_after"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file": "File",
        "purpose": "CreateFileRequestPurpose",
        "expires_after": "FileExpirationAfter | Unset",
    }
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
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_file = d.pop("file", None)
        try:
            file = File(payload=BytesIO(_raw_file))

        except LENIENT_ERRORS:
            file = _raw_file

        _raw_purpose = d.pop("purpose", None)
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.file = file
        parsed_obj_.purpose = purpose
        parsed_obj_.expires_after = None if isinstance(expires_after, Unset) else expires_after
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
