from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coord_param import CoordParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CoordParam
    from ..models.coord_param import CoordParam  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="DragParam")


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


@_attrs_define
class DragParam:
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
    type_: Literal["drag"] = "drag"
    """ Specifies the event type. For a drag action, this property is always set to `drag`. """
    keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.path, Unset):
            field_dict["path"] = to_json(self.path)
        if self.keys is not UNSET:
            field_dict["keys"] = to_json(self.keys)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"DragParam: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['drag']", _raw_type_)
            if type_ != "drag":
                raise ValueError(f"type must match const 'drag', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_path = d.pop("path", UNSET)
        try:
            path = []
            _path = _raw_path
            if not isinstance(_path, list):
                raise TypeError()
            for path_item_data in _path:
                try:
                    path_item = CoordParam.from_dict(path_item_data)

                except LENIENT_ERRORS:
                    path_item = path_item_data
                path.append(path_item)

        except LENIENT_ERRORS:
            path = _raw_path

        _raw_keys = d.pop("keys", UNSET)
        try:
            keys = _parse_keys(_raw_keys)

        except LENIENT_ERRORS:
            keys = _raw_keys

        parsed_obj_ = cls(
            type_=type_,
            path=path,
            keys=keys,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
