from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class FileUploadParam(ApiModel):
    """Controls whether users can upload files."""

    enabled: bool | None = ABSENT
    """ Enable uploads for this session. Defaults to false. """

    max_file_size: int | None = ABSENT
    """ Maximum size in megabytes for each uploaded file. Defaults to 512 MB, which is the maximum allowable size.
    """

    max_files: int | None = ABSENT
    """ Maximum number of files that can be uploaded to the session. Defaults to 10. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("max_file_size", "max_file_size"),
        ("max_files", "max_files"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "enabled": "bool | Unset",
        "max_file_size": "int | Unset",
        "max_files": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "enabled",
            "max_file_size",
            "max_files",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        enabled = d.pop("enabled", None)

        max_file_size = d.pop("max_file_size", None)

        max_files = d.pop("max_files", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.enabled = enabled
        parsed_obj_.max_file_size = max_file_size
        parsed_obj_.max_files = max_files
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
