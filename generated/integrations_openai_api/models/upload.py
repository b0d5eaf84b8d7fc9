from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.upload_status import UploadStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_file import UploadFile

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, UploadFile
    from ..models.upload_file import UploadFile  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_file(data: object) -> None | Unset | UploadFile:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return UploadFile._from_dict_(data)
    return cast("None | Unset | UploadFile", data)


@_attrs_define(repr=False)
class Upload(ApiModel):
    """The Upload object can accept byte chunks in the form of Parts."""

    id: str
    """ The Upload unique identifier, which can be referenced in API endpoints. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the Upload was created. """

    filename: str
    """ The name of the file to be uploaded. """

    bytes: int
    """ The intended number of bytes to be uploaded. """

    purpose: str
    """ The intended purpose of the file. [Please refer here](https://platform.openai.com/docs/api-
    reference/files/object#files/object-purpose) for acceptable values. """

    status: str | UploadStatus
    """ The status of the Upload. """

    expires_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the Upload will expire. """

    object: Literal["upload"] | None = "upload"
    """ The object type, which is always "upload". """

    file: UploadFile | None = ABSENT
    """ The `File` object represents a document that has been uploaded to OpenAI. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("bytes", "bytes"),
        ("created_at", "created_at"),
        ("expires_at", "expires_at"),
        ("filename", "filename"),
        ("object", "object"),
        ("purpose", "purpose"),
        ("status", "status"),
        ("file", "file"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "created_at": "int",
        "filename": "str",
        "bytes": "int",
        "purpose": "str",
        "status": "UploadStatus",
        "expires_at": "int | None",
        "object": "Literal['upload'] | Unset",
        "file": "None | Unset | UploadFile",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.bytes
        if value_2 is None:
            if "bytes" in present:
                out["bytes"] = None
        else:
            out["bytes"] = value_2
        value_3 = self.created_at
        if value_3 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_3
        value_4 = self.expires_at
        if value_4 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = to_json(value_4)
        value_5 = self.filename
        if value_5 is None:
            if "filename" in present:
                out["filename"] = None
        else:
            out["filename"] = value_5
        value_6 = self.object
        if value_6 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_6
        value_7 = self.purpose
        if value_7 is None:
            if "purpose" in present:
                out["purpose"] = None
        else:
            out["purpose"] = value_7
        value_8 = self.status
        if value_8 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_8
        value_9 = self.file
        if value_9 is None:
            if "file" in present:
                out["file"] = None
        else:
            out["file"] = to_json(value_9)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.filename = get_("filename")
        parsed_obj_.bytes = get_("bytes")
        parsed_obj_.purpose = get_("purpose")
        parsed_obj_.status = get_("status")
        parsed_obj_.expires_at = get_("expires_at")
        parsed_obj_.object = get_("object")
        _raw_file = get_("file", UNSET)
        if _raw_file is not None and _raw_file is not UNSET:
            try:
                file = _parse_file(_raw_file)

            except LENIENT_ERRORS:
                file = _raw_file
        else:
            file = _raw_file
        parsed_obj_.file = None if isinstance(file, Unset) else file
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
