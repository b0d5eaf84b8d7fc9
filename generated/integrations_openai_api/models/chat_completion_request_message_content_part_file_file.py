from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartFileFile(ApiModel):
    filename: str | None = ABSENT
    """ The name of the file, used when passing the file to the model as a
    string.
     """

    file_data: str | None = ABSENT
    """ The base64 encoded file data, used when passing the file to the model
    as a string.
     """

    file_id: str | None = ABSENT
    """ The ID of an uploaded file to use as input.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("filename", "filename"),
        ("file_data", "file_data"),
        ("file_id", "file_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "filename": "str | Unset",
        "file_data": "str | Unset",
        "file_id": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "filename",
            "file_data",
            "file_id",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        filename = d.pop("filename", None)

        file_data = d.pop("file_data", None)

        file_id = d.pop("file_id", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.filename = filename
        parsed_obj_.file_data = file_data
        parsed_obj_.file_id = file_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
