from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_object_(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_deleted(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_run_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class DeleteEvalRunResponse(ApiModel):
    object: str | None = ABSENT

    deleted: bool | None = ABSENT

    run_id: str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("deleted", "deleted"),
        ("run_id", "run_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "None | str | Unset",
        "deleted": "bool | None | Unset",
        "run_id": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "deleted",
            "run_id",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = _parse_object_(_raw_object_)

        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_deleted = d.pop("deleted", UNSET)
        try:
            deleted = _parse_deleted(_raw_deleted)

        except LENIENT_ERRORS:
            deleted = _raw_deleted

        _raw_run_id = d.pop("run_id", UNSET)
        try:
            run_id = _parse_run_id(_raw_run_id)

        except LENIENT_ERRORS:
            run_id = _raw_run_id

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = None if isinstance(object_, Unset) else object_
        parsed_obj_.deleted = None if isinstance(deleted, Unset) else deleted
        parsed_obj_.run_id = None if isinstance(run_id, Unset) else run_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
