from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RunStepDeltaStepDetailsMessageCreationObject, \
        RunStepDeltaStepDetailsToolCallsObject
    from ..models.run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject,  # noqa: PLC0415
    )
    from ..models.run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_step_details(
    data: object,
) -> RunStepDeltaStepDetailsMessageCreationObject | RunStepDeltaStepDetailsToolCallsObject | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RunStepDeltaStepDetailsMessageCreationObject,
                RunStepDeltaStepDetailsToolCallsObject,
            ),
        )
        if variant is None:
            return cast(
                "RunStepDeltaStepDetailsMessageCreationObject | RunStepDeltaStepDetailsToolCallsObject | Unset",
                UnknownVariant(data),
            )
        return cast(
            "RunStepDeltaStepDetailsMessageCreationObject | RunStepDeltaStepDetailsToolCallsObject | Unset",
            variant.from_dict(data),
        )
    return cast(
        "RunStepDeltaStepDetailsMessageCreationObject | RunStepDeltaStepDetailsToolCallsObject | Unset",
        data,
    )


@_attrs_define(repr=False)
class RunStepDeltaObjectDelta(ApiModel):
    """The delta containing the fields that have changed on the run step."""

    step_details: (
        RunStepDeltaStepDetailsMessageCreationObject
        | RunStepDeltaStepDetailsToolCallsObject
        | UnknownVariant
        | None
    ) = ABSENT
    """ The details of the run step. """

    _sdk_name_: ClassVar[str] = "RunStepDelta"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("step_details", "step_details"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "step_details": "RunStepDeltaStepDetailsMessageCreationObject | RunStepDeltaStepDetailsToolCallsObject | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("step_details",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.step_details
        if value_1 is None:
            if "step_details" in present:
                out["step_details"] = None
        else:
            out["step_details"] = to_json(value_1)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_step_details = get_("step_details", UNSET)
        if _raw_step_details is not UNSET:
            try:
                step_details = _parse_step_details(_raw_step_details)

            except LENIENT_ERRORS:
                step_details = _raw_step_details
        else:
            step_details = _raw_step_details
        parsed_obj_.step_details = None if isinstance(step_details, Unset) else step_details
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
