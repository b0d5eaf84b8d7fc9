from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

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
