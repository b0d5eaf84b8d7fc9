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
    from ..models.run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject, \
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
    from ..models.run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,  # noqa: PLC0415
    )
    from ..models.run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_outputs_item(
    data: object,
) -> (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
    | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
                RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
            ),
        )
        if variant is None:
            return cast(
                "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
                UnknownVariant(data),
            )
        return cast(
            "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
            variant.from_dict(data),
        )
    return cast(
        "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
        data,
    )


@_attrs_define(repr=False)
class RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter(ApiModel):
    """The Code Interpreter tool call definition."""

    input: str | None = ABSENT
    """ The input to the Code Interpreter tool call. """

    outputs: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
            | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
            | UnknownVariant
        ]
        | None
    ) = ABSENT
    """ The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including
    text (`logs`) or images (`image`). Each of these are represented by a different object type. """

    _sdk_name_: ClassVar[str] = "CodeInterpreter"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input", "input"),
        ("outputs", "outputs"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "input": "str | Unset",
        "outputs": "list[RunStepDeltaStepDetailsToolCallsCodeOutputImageObject | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input",
            "outputs",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input
        if value_1 is None:
            if "input" in present:
                out["input"] = None
        else:
            out["input"] = value_1
        value_2 = self.outputs
        if value_2 is None:
            if "outputs" in present:
                out["outputs"] = None
        else:
            out["outputs"] = to_json(value_2)
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
        parsed_obj_.input = get_("input")
        _raw_outputs = get_("outputs", UNSET)
        try:
            _outputs = _raw_outputs
            outputs: (
                list[
                    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
                    | RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject
                ]
                | Unset
            ) = UNSET
            if _outputs is not UNSET:
                if not isinstance(_outputs, list):
                    raise TypeError()
                outputs = []
                for outputs_item_data in _outputs:
                    try:
                        outputs_item = _parse_outputs_item(outputs_item_data)

                    except LENIENT_ERRORS:
                        outputs_item = outputs_item_data
                    outputs.append(outputs_item)

        except LENIENT_ERRORS:
            outputs = _raw_outputs
        parsed_obj_.outputs = None if isinstance(outputs, Unset) else outputs
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
