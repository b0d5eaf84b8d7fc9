from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.function_call_item_status import (
    FunctionCallItemStatus,
    check_function_call_item_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from ..models.computer_screenshot_image import ComputerScreenshotImage
    from ..models.sdk_computer_call_output_agent import SdkComputerCallOutputAgent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ComputerCallSafetyCheckParam, \
        ComputerScreenshotImage, \
        SdkComputerCallOutputAgent
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam  # noqa: PLC0415
    from ..models.computer_screenshot_image import ComputerScreenshotImage  # noqa: PLC0415
    from ..models.sdk_computer_call_output_agent import SdkComputerCallOutputAgent  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_acknowledged_safety_checks(
    data: object,
) -> list[ComputerCallSafetyCheckParam] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        acknowledged_safety_checks_type_0 = []
        _acknowledged_safety_checks_type_0 = data
        if not isinstance(_acknowledged_safety_checks_type_0, list):
            raise TypeError()
        for acknowledged_safety_checks_type_0_item_data in _acknowledged_safety_checks_type_0:
            try:
                acknowledged_safety_checks_type_0_item = (
                    ComputerCallSafetyCheckParam._from_dict_(
                        acknowledged_safety_checks_type_0_item_data
                    )
                    if acknowledged_safety_checks_type_0_item_data.__class__ is dict
                    else ComputerCallSafetyCheckParam.from_dict(
                        acknowledged_safety_checks_type_0_item_data
                    )
                )
            except LENIENT_ERRORS:
                acknowledged_safety_checks_type_0_item = acknowledged_safety_checks_type_0_item_data
            acknowledged_safety_checks_type_0.append(acknowledged_safety_checks_type_0_item)

        return acknowledged_safety_checks_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ComputerCallSafetyCheckParam] | None | Unset", data)


def _parse_status(data: object) -> FunctionCallItemStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = check_function_call_item_status(data)

        return status_type_0
    except LENIENT_ERRORS:
        pass
    return cast("FunctionCallItemStatus | None | Unset", data)


def _parse_agent(data: object) -> None | SdkComputerCallOutputAgent | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkComputerCallOutputAgent._from_dict_(data)
    return cast("None | SdkComputerCallOutputAgent | Unset", data)


@_attrs_define(repr=False)
class ComputerCallOutputItemParam(ApiModel):
    """The output of a computer tool call."""

    call_id: str
    """ The ID of the computer tool call that produced the output. """

    output: ComputerScreenshotImage
    """ A computer screenshot image used with the computer use tool.
     """

    type: Literal["computer_call_output"] = "computer_call_output"
    """ The type of the computer tool call output. Always `computer_call_output`. """

    id: str | None = ABSENT

    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None = ABSENT

    status: FunctionCallItemStatus | str | None = ABSENT

    agent: SdkComputerCallOutputAgent | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ComputerCallOutput` has it (the live API sends it). Reads None
    when absent. """

    _sdk_name_: ClassVar[str] = "ComputerCallOutput"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("call_id", "call_id"),
        ("output", "output"),
        ("type", "type"),
        ("id", "id"),
        ("acknowledged_safety_checks", "acknowledged_safety_checks"),
        ("agent", "agent"),
        ("status", "status"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "call_id": "str",
        "type": "Literal['computer_call_output']",
        "output": "ComputerScreenshotImage",
        "id": "None | str | Unset",
        "acknowledged_safety_checks": "list[ComputerCallSafetyCheckParam] | None | Unset",
        "status": "FunctionCallItemStatus | None | Unset",
        "agent": "None | SdkComputerCallOutputAgent | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("computer_call_output",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "call_id",
        "type",
        "output",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "call_id",
            "type",
            "output",
            "id",
            "acknowledged_safety_checks",
            "status",
            "agent",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.call_id
        if value_1 is None:
            if "call_id" in present:
                out["call_id"] = None
        else:
            out["call_id"] = value_1
        value_2 = self.output
        if value_2 is None:
            if "output" in present:
                out["output"] = None
        else:
            out["output"] = to_json(value_2)
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        value_4 = self.id
        if value_4 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = to_json(value_4)
        value_5 = self.acknowledged_safety_checks
        if value_5 is None:
            if "acknowledged_safety_checks" in present:
                out["acknowledged_safety_checks"] = None
        else:
            out["acknowledged_safety_checks"] = to_json(value_5)
        value_6 = self.agent
        if value_6 is None:
            if "agent" in present:
                out["agent"] = None
        else:
            out["agent"] = to_json(value_6)
        value_7 = self.status
        if value_7 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = to_json(value_7)
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
        parsed_obj_.call_id = get_("call_id")
        parsed_obj_.type = get_("type")
        output = get_("output")
        if output is not None:
            try:
                output = (
                    ComputerScreenshotImage._from_dict_(output)
                    if output.__class__ is dict
                    else ComputerScreenshotImage.from_dict(output)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.output = output
        parsed_obj_.id = get_("id")
        _raw_acknowledged_safety_checks = get_("acknowledged_safety_checks", UNSET)
        if (
            _raw_acknowledged_safety_checks is not None
            and _raw_acknowledged_safety_checks is not UNSET
        ):
            try:
                acknowledged_safety_checks = _parse_acknowledged_safety_checks(
                    _raw_acknowledged_safety_checks
                )

            except LENIENT_ERRORS:
                acknowledged_safety_checks = _raw_acknowledged_safety_checks
        else:
            acknowledged_safety_checks = _raw_acknowledged_safety_checks
        parsed_obj_.acknowledged_safety_checks = (
            None if isinstance(acknowledged_safety_checks, Unset) else acknowledged_safety_checks
        )
        _raw_status = get_("status", UNSET)
        if _raw_status is not None and _raw_status is not UNSET:
            try:
                status = _parse_status(_raw_status)

            except LENIENT_ERRORS:
                status = _raw_status
        else:
            status = _raw_status
        parsed_obj_.status = None if isinstance(status, Unset) else status
        _raw_agent = get_("agent", UNSET)
        if _raw_agent is not None and _raw_agent is not UNSET:
            try:
                agent = _parse_agent(_raw_agent)

            except LENIENT_ERRORS:
                agent = _raw_agent
        else:
            agent = _raw_agent
        parsed_obj_.agent = None if isinstance(agent, Unset) else agent
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
