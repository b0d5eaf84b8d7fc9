from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

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
    from ..models.coord_param import CoordParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CoordParam
    from ..models.coord_param import CoordParam  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_keys(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        keys_type_0 = cast("list[str]", data)

        return keys_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


@_attrs_define(repr=False)
class DragParam(ApiModel):
    """A drag action."""

    path: list[CoordParam]
    """ An array of coordinates representing the path of the drag action. Coordinates will appear as an array of
    objects, eg
    ```
    [
      { x: 100, y: 200 },
      { x: 200, y: 300 }
    ]
    ``` """

    type: Literal["drag"] = "drag"
    """ Specifies the event type. For a drag action, this property is always set to `drag`. """

    keys: list[str] | None = ABSENT

    _sdk_name_: ClassVar[str] = "Drag"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {"path": {"CoordParam": "DragPath"}}
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("path", "path"),
        ("type", "type"),
        ("keys", "keys"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['drag']",
        "path": "list[CoordParam]",
        "keys": "list[str] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("drag",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "path",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "path",
            "keys",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.path
        if value_1 is None:
            if "path" in present:
                out["path"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "path" in present:
            out["path"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.keys
        if value_3 is None:
            if "keys" in present:
                out["keys"] = None
        else:
            out["keys"] = to_json(value_3)
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
        parsed_obj_.type = get_("type")
        _raw_path = get_("path", UNSET)
        try:
            path = []
            _path = _raw_path
            if not isinstance(_path, list):
                raise TypeError()
            for path_item_data in _path:
                try:
                    path_item = (
                        CoordParam._from_dict_(path_item_data)
                        if path_item_data.__class__ is dict
                        else CoordParam.from_dict(path_item_data)
                    )
                except LENIENT_ERRORS:
                    path_item = path_item_data
                path.append(path_item)

        except LENIENT_ERRORS:
            path = _raw_path
        parsed_obj_.path = AbsentList() if isinstance(path, Unset) else path
        _raw_keys = get_("keys", UNSET)
        if _raw_keys is not None and _raw_keys is not UNSET:
            try:
                keys = _parse_keys(_raw_keys)

            except LENIENT_ERRORS:
                keys = _raw_keys
        else:
            keys = _raw_keys
        parsed_obj_.keys = None if isinstance(keys, Unset) else keys
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
