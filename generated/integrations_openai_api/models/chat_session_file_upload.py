from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


def _parse_max_file_size(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_max_files(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


@_attrs_define(repr=False)
class ChatSessionFileUpload(ApiModel):
    """Upload permissions and limits applied to the session."""

    enabled: bool
    """ Indicates if uploads are enabled for the session. """

    max_file_size: int | None

    max_files: int | None

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("enabled", "enabled"),
        ("max_file_size", "max_file_size"),
        ("max_files", "max_files"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "enabled": "bool",
        "max_file_size": "int | None",
        "max_files": "int | None",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "enabled",
        "max_file_size",
        "max_files",
    )
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

        _raw_max_file_size = d.pop("max_file_size", None)
        try:
            max_file_size = _parse_max_file_size(_raw_max_file_size)

        except LENIENT_ERRORS:
            max_file_size = _raw_max_file_size

        _raw_max_files = d.pop("max_files", None)
        try:
            max_files = _parse_max_files(_raw_max_files)

        except LENIENT_ERRORS:
            max_files = _raw_max_files

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.enabled = enabled
        parsed_obj_.max_file_size = max_file_size
        parsed_obj_.max_files = max_files
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
