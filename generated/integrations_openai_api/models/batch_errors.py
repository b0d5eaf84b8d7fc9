from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_errors_data_item import BatchErrorsDataItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BatchErrorsDataItem
    from ..models.batch_errors_data_item import BatchErrorsDataItem  # noqa: PLC0415

    _lazy_loaded = True


def _parse_object_(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_data(data: object) -> list[BatchErrorsDataItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        data_type_0 = []
        _data_type_0 = data
        if not isinstance(_data_type_0, list):
            raise TypeError()
        for data_type_0_item_data in _data_type_0:
            try:
                data_type_0_item = BatchErrorsDataItem.from_dict(data_type_0_item_data)

            except LENIENT_ERRORS:
                data_type_0_item = data_type_0_item_data
            data_type_0.append(data_type_0_item)

        return data_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[BatchErrorsDataItem] | None | Unset", data)


@_attrs_define(repr=False)
class BatchErrors(ApiModel):
    object: str | None = ABSENT
    """ The object type, which is always `list`. """

    data: list[BatchErrorsDataItem] | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("data", "data"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "None | str | Unset",
        "data": "list[BatchErrorsDataItem] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "data",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = _parse_object_(_raw_object_)

        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_data = d.pop("data", UNSET)
        try:
            data = _parse_data(_raw_data)

        except LENIENT_ERRORS:
            data = _raw_data

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = None if isinstance(object_, Unset) else object_
        parsed_obj_.data = None if isinstance(data, Unset) else data
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
