from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import types
from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from .._runtime.wire import multipart_files
from ..models.create_file_request_purpose import (
    CreateFileRequestPurpose,
)
from ..types import File

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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.file
        if value_1 is None:
            if "file" in present:
                out["file"] = None
        else:
            out["file"] = to_json(value_1)
        value_2 = self.purpose
        if value_2 is None:
            if "purpose" in present:
                out["purpose"] = None
        else:
            out["purpose"] = value_2
        value_3 = self.expires_after
        if value_3 is None:
            if "expires_after" in present:
                out["expires_after"] = None
        else:
            out["expires_after"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_file = get_("file", None)
        try:
            file = File(payload=BytesIO(_raw_file))

        except LENIENT_ERRORS:
            file = _raw_file
        parsed_obj_.file = file
        parsed_obj_.purpose = get_("purpose")
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
