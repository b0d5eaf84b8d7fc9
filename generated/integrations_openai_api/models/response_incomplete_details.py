from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.response_incomplete_details_reason import (
    ResponseIncompleteDetailsReason,
    check_response_incomplete_details_reason,
)
from ..types import UNSET, Unset


def _parse_reason(data: object) -> None | ResponseIncompleteDetailsReason | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        reason_type_0 = check_response_incomplete_details_reason(data)

        return reason_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ResponseIncompleteDetailsReason | Unset", data)


@_attrs_define(repr=False)
class ResponseIncompleteDetails(ApiModel):
    """Details about why the response is incomplete."""

    reason: ResponseIncompleteDetailsReason | str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("reason", "reason"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "reason": "None | ResponseIncompleteDetailsReason | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("reason",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_reason = d.pop("reason", UNSET)
        try:
            reason = _parse_reason(_raw_reason)

        except LENIENT_ERRORS:
            reason = _raw_reason

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.reason = None if isinstance(reason, Unset) else reason
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
