from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_file_ids(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        file_ids_type_0 = cast("list[str]", data)

        return file_ids_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


@_attrs_define(repr=False)
class CreateAssistantRequestToolResourcesCodeInterpreter(ApiModel):
    file_ids: list[str] | None = ABSENT
    """ A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be
    a maximum of 20 files associated with the tool.

    Server default: `[]`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("file_ids", "file_ids"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "file_ids": "list[str] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("file_ids",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_file_ids = d.pop("file_ids", UNSET)
        try:
            file_ids = _parse_file_ids(_raw_file_ids)

        except LENIENT_ERRORS:
            file_ids = _raw_file_ids

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.file_ids = None if isinstance(file_ids, Unset) else file_ids
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
