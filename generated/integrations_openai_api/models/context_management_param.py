from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_compact_threshold(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define(repr=False)
class ContextManagementParam(ApiModel):
    type: str
    """ The context management entry type. Currently only 'compaction' is supported. """

    compact_threshold: int | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("compact_threshold", "compact_threshold"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "str",
        "compact_threshold": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "compact_threshold",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        type_ = d.pop("type", None)

        _raw_compact_threshold = d.pop("compact_threshold", UNSET)
        try:
            compact_threshold = _parse_compact_threshold(_raw_compact_threshold)

        except LENIENT_ERRORS:
            compact_threshold = _raw_compact_threshold

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.compact_threshold = (
            None if isinstance(compact_threshold, Unset) else compact_threshold
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
