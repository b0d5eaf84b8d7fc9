from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

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

if TYPE_CHECKING:
    from ..models.fine_tuning_checkpoint_permission import FineTuningCheckpointPermission

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FineTuningCheckpointPermission
    from ..models.fine_tuning_checkpoint_permission import FineTuningCheckpointPermission  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ListFineTuningCheckpointPermissionResponse(ApiModel):
    data: list[FineTuningCheckpointPermission]

    has_more: bool

    object: Literal["list"] = "list"

    first_id: str | None = ABSENT

    last_id: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "PermissionRetrieveResponse"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "data": {"FineTuningCheckpointPermission": "Data"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("has_more", "has_more"),
        ("object", "object"),
        ("first_id", "first_id"),
        ("last_id", "last_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "data": "list[FineTuningCheckpointPermission]",
        "object": "Literal['list']",
        "has_more": "bool",
        "first_id": "None | str | Unset",
        "last_id": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("list",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "data",
        "object",
        "has_more",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "data",
            "object",
            "has_more",
            "first_id",
            "last_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.data
        if value_1 is None:
            if "data" in present:
                out["data"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "data" in present:
            out["data"] = to_json(value_1)
        value_2 = self.has_more
        if value_2 is None:
            if "has_more" in present:
                out["has_more"] = None
        else:
            out["has_more"] = value_2
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        value_4 = self.first_id
        if value_4 is None:
            if "first_id" in present:
                out["first_id"] = None
        else:
            out["first_id"] = to_json(value_4)
        value_5 = self.last_id
        if value_5 is None:
            if "last_id" in present:
                out["last_id"] = None
        else:
            out["last_id"] = to_json(value_5)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_data = get_("data", UNSET)
        try:
            data = []
            _data = _raw_data
            if not isinstance(_data, list):
                raise TypeError()
            for data_item_data in _data:
                try:
                    data_item = (
                        FineTuningCheckpointPermission._from_dict_(data_item_data)
                        if data_item_data.__class__ is dict
                        else FineTuningCheckpointPermission.from_dict(data_item_data)
                    )
                except LENIENT_ERRORS:
                    data_item = data_item_data
                data.append(data_item)

        except LENIENT_ERRORS:
            data = _raw_data
        parsed_obj_.data = AbsentList() if isinstance(data, Unset) else data
        parsed_obj_.object = get_("object")
        parsed_obj_.has_more = get_("has_more")
        parsed_obj_.first_id = get_("first_id")
        parsed_obj_.last_id = get_("last_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
