from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_upload_request_purpose import (
    CreateUploadRequestPurpose,
)

if TYPE_CHECKING:
    from ..models.file_expiration_after import FileExpirationAfter

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FileExpirationAfter
    from ..models.file_expiration_after import FileExpirationAfter  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.filename = get_("filename")
        parsed_obj_.purpose = get_("purpose")
        parsed_obj_.bytes = get_("bytes")
        parsed_obj_.mime_type = get_("mime_type")
        expires_after = get_("expires_after")
        if expires_after is not None:
            try:
                expires_after = (
                    FileExpirationAfter._from_dict_(expires_after)
                    if expires_after.__class__ is dict
                    else FileExpirationAfter.from_dict(expires_after)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.expires_after = expires_after
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
