from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class CoordParam(ApiModel):
    """An x/y coordinate pair, e.g. `{ x: 100, y: 200 }`."""

    x: int
    """ The x-coordinate. """

    y: int
    """ The y-coordinate. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("x", "x"),
        ("y", "y"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "x": "int",
        "y": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "x",
        "y",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "x",
            "y",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.x
        if value_1 is None:
            if "x" in present:
                out["x"] = None
        else:
            out["x"] = value_1
        value_2 = self.y
        if value_2 is None:
            if "y" in present:
                out["y"] = None
        else:
            out["y"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        x = d.pop("x", None)

        y = d.pop("y", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.x = x
        parsed_obj_.y = y
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
