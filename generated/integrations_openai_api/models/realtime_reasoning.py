from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.realtime_reasoning_effort import (
    RealtimeReasoningEffort,
    check_realtime_reasoning_effort,
)
from ..types import UNSET, Unset


def _parse_effort(data: object) -> None | RealtimeReasoningEffort | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_0 = check_realtime_reasoning_effort(data)

        return effort_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | RealtimeReasoningEffort | Unset", data)


@_attrs_define(repr=False)
class RealtimeReasoning(ApiModel):
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    effort: RealtimeReasoningEffort | str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("effort", "effort"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "effort": "None | RealtimeReasoningEffort | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("effort",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_effort = d.pop("effort", UNSET)
        try:
            effort = _parse_effort(_raw_effort)

        except LENIENT_ERRORS:
            effort = _raw_effort

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.effort = None if isinstance(effort, Unset) else effort
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
