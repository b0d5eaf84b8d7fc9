from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_part_ids = get_("part_ids", UNSET)
        try:
            part_ids = cast("list[str]", _raw_part_ids)

        except LENIENT_ERRORS:
            part_ids = _raw_part_ids
        parsed_obj_.part_ids = AbsentList() if isinstance(part_ids, Unset) else part_ids
        parsed_obj_.md5 = get_("md5")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
