from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.part_ids
        if value_1 is None:
            if "part_ids" in present:
                out["part_ids"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "part_ids" in present:
            out["part_ids"] = to_json(value_1)
        value_2 = self.md5
        if value_2 is None:
            if "md5" in present:
                out["md5"] = None
        else:
            out["md5"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

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
