from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class CodeInterpreterFileOutputFilesItem(ApiModel):
    mime_type: str
    """ The MIME type of the file.
     """

    file_id: str
    """ The ID of the file.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("mime_type", "mime_type"),
        ("file_id", "file_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "mime_type": "str",
        "file_id": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "mime_type",
        "file_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "mime_type",
            "file_id",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        mime_type = d.pop("mime_type", None)

        file_id = d.pop("file_id", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.mime_type = mime_type
        parsed_obj_.file_id = file_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
