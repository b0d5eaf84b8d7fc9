from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class BatchFileExpirationAfter(ApiModel):
    """The expiration policy for the output and/or error file that are generated for a batch."""

    seconds: int
    """ The number of seconds after the anchor time that the file will expire. Must be between 3600 (1 hour) and
    2592000 (30 days). """

    anchor: Literal["created_at"] = "created_at"
    """ Anchor timestamp after which the expiration policy applies. Supported anchors: `created_at`. Note that the
    anchor is the file creation time, not the time the batch is created. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("anchor", "anchor"),
        ("seconds", "seconds"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "anchor": "Literal['created_at']",
        "seconds": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "anchor": ("created_at",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "anchor",
        "seconds",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "anchor",
            "seconds",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_anchor = d.pop("anchor", None)
        try:
            anchor = cast('Literal["created_at"]', _raw_anchor)
            if anchor != "created_at":
                raise ValueError(f"anchor must match const 'created_at', got '{anchor}'")
        except LENIENT_ERRORS:
            anchor = _raw_anchor

        seconds = d.pop("seconds", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.anchor = anchor
        parsed_obj_.seconds = seconds
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
