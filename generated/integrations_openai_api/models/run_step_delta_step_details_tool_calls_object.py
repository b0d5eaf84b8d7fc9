from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

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
    from ..models.run_step_delta_step_details_tool_calls_code_object import (
        RunStepDeltaStepDetailsToolCallsCodeObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from ..models.run_step_delta_step_details_tool_calls_function_object import (
        RunStepDeltaStepDetailsToolCallsFunctionObject,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RunStepDeltaStepDetailsToolCallsCodeObject, \
        RunStepDeltaStepDetailsToolCallsFileSearchObject, \
        RunStepDeltaStepDetailsToolCallsFunctionObject
    from ..models.run_step_delta_step_details_tool_calls_code_object import (
        RunStepDeltaStepDetailsToolCallsCodeObject,  # noqa: PLC0415
    )
    from ..models.run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject,  # noqa: PLC0415
    )
    from ..models.run_step_delta_step_details_tool_calls_function_object import (
        RunStepDeltaStepDetailsToolCallsFunctionObject,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_tool_calls_item(
    data: object,
) -> (
    RunStepDeltaStepDetailsToolCallsCodeObject
    | RunStepDeltaStepDetailsToolCallsFileSearchObject
    | RunStepDeltaStepDetailsToolCallsFunctionObject
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RunStepDeltaStepDetailsToolCallsCodeObject,
                RunStepDeltaStepDetailsToolCallsFileSearchObject,
                RunStepDeltaStepDetailsToolCallsFunctionObject,
            ),
        )
        if variant is None:
            return cast(
                "RunStepDeltaStepDetailsToolCallsCodeObject | RunStepDeltaStepDetailsToolCallsFileSearchObject | RunStepDeltaStepDetailsToolCallsFunctionObject",
                UnknownVariant(data),
            )
        return cast(
            "RunStepDeltaStepDetailsToolCallsCodeObject | RunStepDeltaStepDetailsToolCallsFileSearchObject | RunStepDeltaStepDetailsToolCallsFunctionObject",
            variant.from_dict(data),
        )
    return cast(
        "RunStepDeltaStepDetailsToolCallsCodeObject | RunStepDeltaStepDetailsToolCallsFileSearchObject | RunStepDeltaStepDetailsToolCallsFunctionObject",
        data,
    )


@_attrs_define(repr=False)
class RunStepDeltaStepDetailsToolCallsObject(ApiModel):
    """Details of the tool call."""

    type: Literal["tool_calls"] = "tool_calls"
    """ Always `tool_calls`. """

    tool_calls: (
        list[
            RunStepDeltaStepDetailsToolCallsCodeObject
            | RunStepDeltaStepDetailsToolCallsFileSearchObject
            | RunStepDeltaStepDetailsToolCallsFunctionObject
            | UnknownVariant
        ]
        | None
    ) = ABSENT
    """ An array of tool calls the run step was involved in. These can be associated with one of three types of
    tools: `code_interpreter`, `file_search`, or `function`.
     """

    _sdk_name_: ClassVar[str] = "ToolCallDeltaObject"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("tool_calls", "tool_calls"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['tool_calls']",
        "tool_calls": "list[RunStepDeltaStepDetailsToolCallsCodeObject | RunStepDeltaStepDetailsToolCallsFileSearchObject | RunStepDeltaStepDetailsToolCallsFunctionObject] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("tool_calls",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "tool_calls",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.tool_calls
        if value_2 is None:
            if "tool_calls" in present:
                out["tool_calls"] = None
        else:
            out["tool_calls"] = to_json(value_2)
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
        parsed_obj_.type = get_("type")
        _raw_tool_calls = get_("tool_calls", UNSET)
        try:
            _tool_calls = _raw_tool_calls
            tool_calls: (
                list[
                    RunStepDeltaStepDetailsToolCallsCodeObject
                    | RunStepDeltaStepDetailsToolCallsFileSearchObject
                    | RunStepDeltaStepDetailsToolCallsFunctionObject
                ]
                | Unset
            ) = UNSET
            if _tool_calls is not UNSET:
                if not isinstance(_tool_calls, list):
                    raise TypeError()
                tool_calls = []
                for tool_calls_item_data in _tool_calls:
                    try:
                        tool_calls_item = _parse_tool_calls_item(tool_calls_item_data)

                    except LENIENT_ERRORS:
                        tool_calls_item = tool_calls_item_data
                    tool_calls.append(tool_calls_item)

        except LENIENT_ERRORS:
            tool_calls = _raw_tool_calls
        parsed_obj_.tool_calls = None if isinstance(tool_calls, Unset) else tool_calls
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
