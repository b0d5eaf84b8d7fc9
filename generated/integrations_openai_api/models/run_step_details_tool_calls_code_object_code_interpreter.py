from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject,
    )
    from ..models.run_step_details_tool_calls_code_output_logs_object import (
        RunStepDetailsToolCallsCodeOutputLogsObject,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RunStepDetailsToolCallsCodeOutputImageObject, \
        RunStepDetailsToolCallsCodeOutputLogsObject
    from ..models.run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject,  # noqa: PLC0415
    )
    from ..models.run_step_details_tool_calls_code_output_logs_object import (
        RunStepDetailsToolCallsCodeOutputLogsObject,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_outputs_item(
    data: object,
) -> RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RunStepDetailsToolCallsCodeOutputLogsObject,
                RunStepDetailsToolCallsCodeOutputImageObject,
            ),
        )
        if variant is None:
            return cast(
                "RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject",
                UnknownVariant(data),
            )
        return cast(
            "RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject",
            variant.from_dict(data),
        )
    return cast(
        "RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject",
        data,
    )


@_attrs_define(repr=False)
class RunStepDetailsToolCallsCodeObjectCodeInterpreter(ApiModel):
    """The Code Interpreter tool call definition."""

    input: str
    """ The input to the Code Interpreter tool call. """

    outputs: list[
        RunStepDetailsToolCallsCodeOutputImageObject
        | RunStepDetailsToolCallsCodeOutputLogsObject
        | UnknownVariant
    ]
    """ The outputs from the Code Interpreter tool call. Code Interpreter can output one or more items, including
    text (`logs`) or images (`image`). Each of these are represented by a different object type. """

    _sdk_name_: ClassVar[str] = "CodeInterpreter"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input", "input"),
        ("outputs", "outputs"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "input": "str",
        "outputs": "list[RunStepDetailsToolCallsCodeOutputImageObject | RunStepDetailsToolCallsCodeOutputLogsObject]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "input",
        "outputs",
    )
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
        elif value_2 or not isinstance(value_2, AbsentList) or "outputs" in present:
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
            outputs = []
            _outputs = _raw_outputs
            if not isinstance(_outputs, list):
                raise TypeError()
            for outputs_item_data in _outputs:
                try:
                    outputs_item = _parse_outputs_item(outputs_item_data)

                except LENIENT_ERRORS:
                    outputs_item = outputs_item_data
                outputs.append(outputs_item)

        except LENIENT_ERRORS:
            outputs = _raw_outputs
        parsed_obj_.outputs = AbsentList() if isinstance(outputs, Unset) else outputs
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
