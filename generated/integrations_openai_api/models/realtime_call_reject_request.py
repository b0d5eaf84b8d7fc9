from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class RealtimeCallRejectRequest(ApiModel):
    """Parameters used to decline an incoming SIP call handled by the Realtime API."""

    status_code: int | None = ABSENT
    """ SIP response code to send back to the caller. Defaults to `603` (Decline)
    when omitted. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("status_code", "status_code"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "status_code": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("status_code",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        status_code = d.pop("status_code", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.status_code = status_code
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
