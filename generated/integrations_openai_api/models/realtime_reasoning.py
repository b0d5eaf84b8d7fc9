from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..models.realtime_reasoning_effort import (
    RealtimeReasoningEffort,
    check_realtime_reasoning_effort,
)
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class RealtimeReasoning(ApiModel):
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    effort: RealtimeReasoningEffort | str | None = ABSENT
    """ Constrains effort on reasoning for reasoning-capable Realtime models such as
    `gpt-realtime-2`.

    Server default: `"low"`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("effort", "effort"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "effort": "RealtimeReasoningEffort | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "effort": (
            "high",
            "low",
            "medium",
            "minimal",
            "xhigh",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("effort",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.effort
        if value_1 is None:
            if "effort" in present:
                out["effort"] = None
        else:
            out["effort"] = value_1
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_effort = d.pop("effort", UNSET)
        try:
            _effort = _raw_effort
            effort: RealtimeReasoningEffort | Unset
            if isinstance(_effort, Unset):
                effort = UNSET
            else:
                effort = check_realtime_reasoning_effort(_effort)

        except LENIENT_ERRORS:
            effort = _raw_effort

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.effort = None if isinstance(effort, Unset) else effort
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
