from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.open_ai_file_purpose import OpenAIFilePurpose
from ..models.open_ai_file_status import OpenAIFileStatus

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class UploadFile(ApiModel):
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

    _sdk_name_: ClassVar[str] = "FileObject"
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
        "expires_at": "int | Unset",
        "status_details": "str | Unset",
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
        value_4 = self.filename
        if value_4 is None:
            if "filename" in present:
                out["filename"] = None
        else:
            out["filename"] = value_4
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
        value_6 = self.purpose
        if value_6 is None:
            if "purpose" in present:
                out["purpose"] = None
        else:
            out["purpose"] = value_6
        value_7 = self.status
        if value_7 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_7
        value_8 = self.expires_at
        if value_8 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = value_8
        value_9 = self.status_details
        if value_9 is None:
            if "status_details" in present:
                out["status_details"] = None
        else:
            out["status_details"] = value_9
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.bytes = get_("bytes")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.filename = get_("filename")
        parsed_obj_.object = get_("object")
        parsed_obj_.purpose = get_("purpose")
        parsed_obj_.status = get_("status")
        parsed_obj_.expires_at = get_("expires_at")
        parsed_obj_.status_details = get_("status_details")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
