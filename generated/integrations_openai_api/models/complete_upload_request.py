from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, AbsentList, ApiModel
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class CompleteUploadRequest(ApiModel):
    part_ids: list[str]
    """ The ordered list of Part IDs.
     """

    md5: str | None = ABSENT
    """ The optional md5 checksum for the file contents to verify if the bytes uploaded matches what you expect.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("part_ids", "part_ids"),
        ("md5", "md5"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "part_ids": "list[str]",
        "md5": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("part_ids",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "part_ids",
            "md5",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_part_ids = d.pop("part_ids", UNSET)
        try:
            part_ids = cast("list[str]", _raw_part_ids)

        except LENIENT_ERRORS:
            part_ids = _raw_part_ids

        md5 = d.pop("md5", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.part_ids = AbsentList() if isinstance(part_ids, Unset) else part_ids
        parsed_obj_.md5 = md5
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
