from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class ContainerResourceExpiresAfter(ApiModel):
    """The container will expire after this time period.
    The anchor is the reference point for the expiration.
    The minutes is the number of minutes after the anchor before the container expires.

    """

    anchor: Literal["last_active_at"] | None = "last_active_at"
    """ The reference point for the expiration. """

    minutes: int | None = ABSENT
    """ The number of minutes after the anchor before the container expires. """

    _sdk_name_: ClassVar[str] = "ExpiresAfter"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("anchor", "anchor"),
        ("minutes", "minutes"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "anchor": "Literal['last_active_at'] | Unset",
        "minutes": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "anchor": ("last_active_at",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "anchor",
            "minutes",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.anchor
        if value_1 is None:
            if "anchor" in present:
                out["anchor"] = None
        else:
            out["anchor"] = value_1
        value_2 = self.minutes
        if value_2 is None:
            if "minutes" in present:
                out["minutes"] = None
        else:
            out["minutes"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        anchor = d.pop("anchor", None)

        minutes = d.pop("minutes", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.anchor = anchor
        parsed_obj_.minutes = minutes
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
