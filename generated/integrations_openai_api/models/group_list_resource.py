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
    from ..models.group_response import GroupResponse

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, GroupResponse
    from ..models.group_response import GroupResponse  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class GroupListResource(ApiModel):
    """Paginated list of organization groups."""

    data: list[GroupResponse]
    """ Groups returned in the current page. """

    has_more: bool
    """ Whether additional groups are available when paginating. """

    object: Literal["list"] = "list"
    """ Always `list`. """

    next: str | None = ABSENT
    """ Cursor to fetch the next page of results, or `null` if there are no more results. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("data", "data"),
        ("has_more", "has_more"),
        ("next", "next"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['list']",
        "data": "list[GroupResponse]",
        "has_more": "bool",
        "next": "None | str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("list",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "data",
        "has_more",
        "next",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "data",
            "has_more",
            "next",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.object
        if value_1 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_1
        value_2 = self.data
        if value_2 is None:
            if "data" in present:
                out["data"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "data" in present:
            out["data"] = to_json(value_2)
        value_3 = self.has_more
        if value_3 is None:
            if "has_more" in present:
                out["has_more"] = None
        else:
            out["has_more"] = value_3
        value_4 = self.next
        if value_4 is None:
            if "next" in present:
                out["next"] = None
        else:
            out["next"] = to_json(value_4)
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
        parsed_obj_.object = get_("object")
        _raw_data = get_("data", UNSET)
        try:
            data = []
            _data = _raw_data
            if not isinstance(_data, list):
                raise TypeError()
            for data_item_data in _data:
                try:
                    data_item = (
                        GroupResponse._from_dict_(data_item_data)
                        if data_item_data.__class__ is dict
                        else GroupResponse.from_dict(data_item_data)
                    )
                except LENIENT_ERRORS:
                    data_item = data_item_data
                data.append(data_item)

        except LENIENT_ERRORS:
            data = _raw_data
        parsed_obj_.data = AbsentList() if isinstance(data, Unset) else data
        parsed_obj_.has_more = get_("has_more")
        parsed_obj_.next = get_("next")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
