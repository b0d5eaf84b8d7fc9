from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeCreateClientSecretRequestExpiresAfter(ApiModel):
    """Configuration for the client secret expiration. Expiration refers to the time after which
    a client secret will no longer be valid for creating sessions. The session itself may
    continue after that time once started. A secret can be used to create multiple sessions
    until it expires.

    """

    anchor: Literal["created_at"] | None = "created_at"
    """ The anchor point for the client secret expiration, meaning that `seconds` will be added to the `created_at`
    time of the client secret to produce an expiration timestamp. Only `created_at` is currently supported.
     """

    seconds: int | None = ABSENT
    """ The number of seconds from the anchor point to the expiration. Select a value between `10` and `7200` (2
    hours). This default to 600 seconds (10 minutes) if not specified.

    Server default: `600`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("anchor", "anchor"),
        ("seconds", "seconds"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "anchor": "Literal['created_at'] | Unset",
        "seconds": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "anchor": ("created_at",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "anchor",
            "seconds",
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
        value_2 = self.seconds
        if value_2 is None:
            if "seconds" in present:
                out["seconds"] = None
        else:
            out["seconds"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.anchor = get_("anchor")
        parsed_obj_.seconds = get_("seconds")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
