from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class RealtimeCallReferRequest(ApiModel):
    """Parameters required to transfer a SIP call to a new destination using the
    Realtime API.

    """

    target_uri: str
    """ URI that should appear in the SIP Refer-To header. Supports values like
    `tel:+14155550123` or `sip:agent@example.com`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("target_uri", "target_uri"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "target_uri": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("target_uri",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("target_uri",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        target_uri = d.pop("target_uri", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.target_uri = target_uri
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
