from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.computer_call_output_status import (
    ComputerCallOutputStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from ..models.computer_screenshot_image import ComputerScreenshotImage

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ComputerCallSafetyCheckParam, ComputerScreenshotImage
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam  # noqa: PLC0415
    from ..models.computer_screenshot_image import ComputerScreenshotImage  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ComputerToolCallOutputResource(ApiModel):
    """The output of a computer tool call."""

    id: str
    """ The unique ID of the computer call tool output.
     """

    call_id: str
    """ The ID of the computer tool call that produced the output.
     """

    output: ComputerScreenshotImage
    """ A computer screenshot image used with the computer use tool.
     """

    status: ComputerCallOutputStatus | str

    type: Literal["computer_call_output"] = "computer_call_output"
    """ The type of the computer tool call output. Always `computer_call_output`.
     """

    acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | None = ABSENT
    """ The safety checks reported by the API that have been acknowledged by the
    developer.
     """

    created_by: str | None = ABSENT
    """ The identifier of the actor that created the item.
     """

    _sdk_name_: ClassVar[str] = "ResponseComputerToolCallOutputItem"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "acknowledged_safety_checks": {"ComputerCallSafetyCheckParam": "AcknowledgedSafetyCheck"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("call_id", "call_id"),
        ("output", "output"),
        ("status", "status"),
        ("type", "type"),
        ("acknowledged_safety_checks", "acknowledged_safety_checks"),
        ("created_by", "created_by"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['computer_call_output']",
        "id": "str",
        "call_id": "str",
        "output": "ComputerScreenshotImage",
        "status": "ComputerCallOutputStatus",
        "acknowledged_safety_checks": "list[ComputerCallSafetyCheckParam] | Unset",
        "created_by": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("computer_call_output",),
        "status": (
            "completed",
            "failed",
            "incomplete",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "call_id",
        "output",
        "status",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "call_id",
            "output",
            "status",
            "acknowledged_safety_checks",
            "created_by",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.call_id
        if value_2 is None:
            if "call_id" in present:
                out["call_id"] = None
        else:
            out["call_id"] = value_2
        value_3 = self.output
        if value_3 is None:
            if "output" in present:
                out["output"] = None
        else:
            out["output"] = to_json(value_3)
        value_4 = self.status
        if value_4 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_4
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
        value_6 = self.acknowledged_safety_checks
        if value_6 is None:
            if "acknowledged_safety_checks" in present:
                out["acknowledged_safety_checks"] = None
        else:
            out["acknowledged_safety_checks"] = to_json(value_6)
        value_7 = self.created_by
        if value_7 is None:
            if "created_by" in present:
                out["created_by"] = None
        else:
            out["created_by"] = value_7
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
        parsed_obj_.id = get_("id")
        parsed_obj_.call_id = get_("call_id")
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
        parsed_obj_.status = get_("status")
        _raw_acknowledged_safety_checks = get_("acknowledged_safety_checks", UNSET)
        try:
            _acknowledged_safety_checks = _raw_acknowledged_safety_checks
            acknowledged_safety_checks: list[ComputerCallSafetyCheckParam] | Unset = UNSET
            if _acknowledged_safety_checks is not UNSET:
                if not isinstance(_acknowledged_safety_checks, list):
                    raise TypeError()
                acknowledged_safety_checks = []
                for acknowledged_safety_checks_item_data in _acknowledged_safety_checks:
                    try:
                        acknowledged_safety_checks_item = (
                            ComputerCallSafetyCheckParam._from_dict_(
                                acknowledged_safety_checks_item_data
                            )
                            if acknowledged_safety_checks_item_data.__class__ is dict
                            else ComputerCallSafetyCheckParam.from_dict(
                                acknowledged_safety_checks_item_data
                            )
                        )
                    except LENIENT_ERRORS:
                        acknowledged_safety_checks_item = acknowledged_safety_checks_item_data
                    acknowledged_safety_checks.append(acknowledged_safety_checks_item)

        except LENIENT_ERRORS:
            acknowledged_safety_checks = _raw_acknowledged_safety_checks
        parsed_obj_.acknowledged_safety_checks = (
            None if isinstance(acknowledged_safety_checks, Unset) else acknowledged_safety_checks
        )
        parsed_obj_.created_by = get_("created_by")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
