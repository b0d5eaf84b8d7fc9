from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class ListAuditLogsEffectiveAt(ApiModel):
    gt: int | None = ABSENT
    """ Return only events whose `effective_at` (Unix seconds) is greater than this value. """

    gte: int | None = ABSENT
    """ Return only events whose `effective_at` (Unix seconds) is greater than or equal to this value. """

    lt: int | None = ABSENT
    """ Return only events whose `effective_at` (Unix seconds) is less than this value. """

    lte: int | None = ABSENT
    """ Return only events whose `effective_at` (Unix seconds) is less than or equal to this value. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("gt", "gt"),
        ("gte", "gte"),
        ("lt", "lt"),
        ("lte", "lte"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "gt": "int | Unset",
        "gte": "int | Unset",
        "lt": "int | Unset",
        "lte": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "gt",
            "gte",
            "lt",
            "lte",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        gt = d.pop("gt", None)

        gte = d.pop("gte", None)

        lt = d.pop("lt", None)

        lte = d.pop("lte", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.gt = gt
        parsed_obj_.gte = gte
        parsed_obj_.lt = lt
        parsed_obj_.lte = lte
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
