from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.computer_tool_call_status import (
    ComputerToolCallStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.click_param import ClickParam
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from ..models.double_click_action import DoubleClickAction
    from ..models.drag_param import DragParam
    from ..models.key_press_action import KeyPressAction
    from ..models.move_param import MoveParam
    from ..models.screenshot_param import ScreenshotParam
    from ..models.scroll_param import ScrollParam
    from ..models.type_param import TypeParam
    from ..models.wait_param import WaitParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ClickParam, \
        ComputerCallSafetyCheckParam, \
        DoubleClickAction, \
        DragParam, \
        KeyPressAction, \
        MoveParam, \
        ScreenshotParam, \
        ScrollParam, \
        TypeParam, \
        WaitParam
    from ..models.click_param import ClickParam  # noqa: PLC0415
    from ..models.computer_call_safety_check_param import ComputerCallSafetyCheckParam  # noqa: PLC0415
    from ..models.double_click_action import DoubleClickAction  # noqa: PLC0415
    from ..models.drag_param import DragParam  # noqa: PLC0415
    from ..models.key_press_action import KeyPressAction  # noqa: PLC0415
    from ..models.move_param import MoveParam  # noqa: PLC0415
    from ..models.screenshot_param import ScreenshotParam  # noqa: PLC0415
    from ..models.scroll_param import ScrollParam  # noqa: PLC0415
    from ..models.type_param import TypeParam  # noqa: PLC0415
    from ..models.wait_param import WaitParam  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_action(
    data: object,
) -> (
    ClickParam
    | DoubleClickAction
    | DragParam
    | KeyPressAction
    | MoveParam
    | ScreenshotParam
    | ScrollParam
    | TypeParam
    | Unset
    | WaitParam
):
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ClickParam,
                DoubleClickAction,
                DragParam,
                KeyPressAction,
                MoveParam,
                ScreenshotParam,
                ScrollParam,
                TypeParam,
                WaitParam,
            ),
        )
        if variant is None:
            return cast(
                "ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam | TypeParam | Unset | WaitParam",
                UnknownVariant(data),
            )
        return cast(
            "ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam | TypeParam | Unset | WaitParam",
            variant.from_dict(data),
        )
    return cast(
        "ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam | TypeParam | Unset | WaitParam",
        data,
    )


def _parse_componentsschemas_computer_action_list_item(
    data: object,
) -> (
    ClickParam
    | DoubleClickAction
    | DragParam
    | KeyPressAction
    | MoveParam
    | ScreenshotParam
    | ScrollParam
    | TypeParam
    | WaitParam
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ClickParam,
                DoubleClickAction,
                DragParam,
                KeyPressAction,
                MoveParam,
                ScreenshotParam,
                ScrollParam,
                TypeParam,
                WaitParam,
            ),
        )
        if variant is None:
            return cast(
                "ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam | TypeParam | WaitParam",
                UnknownVariant(data),
            )
        return cast(
            "ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam | TypeParam | WaitParam",
            variant.from_dict(data),
        )
    return cast(
        "ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam | TypeParam | WaitParam",
        data,
    )


@_attrs_define(repr=False)
class ComputerToolCall(ApiModel):
    """A tool call to a computer use tool. See the
    [computer use guide](https://platform.openai.com/docs/guides/tools-computer-use) for more information.

    """

    id: str
    """ The unique ID of the computer call. """

    call_id: str
    """ An identifier used when responding to the tool call with output.
     """

    pending_safety_checks: list[ComputerCallSafetyCheckParam]
    """ The pending safety checks for the computer call.
     """

    status: ComputerToolCallStatus | str
    """ The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API.
     """

    type: Literal["computer_call"] = "computer_call"
    """ The type of the computer call. Always `computer_call`. """

    action: (
        ClickParam
        | DoubleClickAction
        | DragParam
        | KeyPressAction
        | MoveParam
        | ScreenshotParam
        | ScrollParam
        | TypeParam
        | UnknownVariant
        | WaitParam
        | None
    ) = ABSENT

    actions: (
        list[
            ClickParam
            | DoubleClickAction
            | DragParam
            | KeyPressAction
            | MoveParam
            | ScreenshotParam
            | ScrollParam
            | TypeParam
            | UnknownVariant
            | WaitParam
        ]
        | None
    ) = ABSENT
    """ Flattened batched actions for `computer_use`. Each action includes an
    `type` discriminator and action-specific fields.
     """

    _sdk_name_: ClassVar[str] = "ResponseComputerToolCall"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "action": {
            "ClickParam": "ActionClick",
            "DoubleClickAction": "ActionDoubleClick",
            "DragParam": "ActionDrag",
            "KeyPressAction": "ActionKeypress",
            "MoveParam": "ActionMove",
            "ScreenshotParam": "ActionScreenshot",
            "ScrollParam": "ActionScroll",
            "TypeParam": "ActionType",
            "WaitParam": "ActionWait",
        },
        "pending_safety_checks": {"ComputerCallSafetyCheckParam": "PendingSafetyCheck"},
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("call_id", "call_id"),
        ("pending_safety_checks", "pending_safety_checks"),
        ("status", "status"),
        ("type", "type"),
        ("action", "action"),
        ("actions", "actions"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['computer_call']",
        "id": "str",
        "call_id": "str",
        "pending_safety_checks": "list[ComputerCallSafetyCheckParam]",
        "status": "ComputerToolCallStatus",
        "action": "ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam | TypeParam | Unset | WaitParam",
        "actions": "list[ClickParam | DoubleClickAction | DragParam | KeyPressAction | MoveParam | ScreenshotParam | ScrollParam | TypeParam | WaitParam] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("computer_call",),
        "status": (
            "completed",
            "in_progress",
            "incomplete",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "call_id",
        "pending_safety_checks",
        "status",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "call_id",
            "pending_safety_checks",
            "status",
            "action",
            "actions",
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
        value_3 = self.pending_safety_checks
        if value_3 is None:
            if "pending_safety_checks" in present:
                out["pending_safety_checks"] = None
        elif value_3 or not isinstance(value_3, AbsentList) or "pending_safety_checks" in present:
            out["pending_safety_checks"] = to_json(value_3)
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
        value_6 = self.action
        if value_6 is None:
            if "action" in present:
                out["action"] = None
        else:
            out["action"] = to_json(value_6)
        value_7 = self.actions
        if value_7 is None:
            if "actions" in present:
                out["actions"] = None
        else:
            out["actions"] = to_json(value_7)
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
        _raw_pending_safety_checks = get_("pending_safety_checks", UNSET)
        try:
            pending_safety_checks = []
            _pending_safety_checks = _raw_pending_safety_checks
            if not isinstance(_pending_safety_checks, list):
                raise TypeError()
            for pending_safety_checks_item_data in _pending_safety_checks:
                try:
                    pending_safety_checks_item = (
                        ComputerCallSafetyCheckParam._from_dict_(pending_safety_checks_item_data)
                        if pending_safety_checks_item_data.__class__ is dict
                        else ComputerCallSafetyCheckParam.from_dict(pending_safety_checks_item_data)
                    )
                except LENIENT_ERRORS:
                    pending_safety_checks_item = pending_safety_checks_item_data
                pending_safety_checks.append(pending_safety_checks_item)

        except LENIENT_ERRORS:
            pending_safety_checks = _raw_pending_safety_checks
        parsed_obj_.pending_safety_checks = (
            AbsentList() if isinstance(pending_safety_checks, Unset) else pending_safety_checks
        )
        parsed_obj_.status = get_("status")
        _raw_action = get_("action", UNSET)
        if _raw_action is not UNSET:
            try:
                action = _parse_action(_raw_action)

            except LENIENT_ERRORS:
                action = _raw_action
        else:
            action = _raw_action
        parsed_obj_.action = None if isinstance(action, Unset) else action
        _raw_actions = get_("actions", UNSET)
        try:
            _actions = _raw_actions
            actions: (
                list[
                    ClickParam
                    | DoubleClickAction
                    | DragParam
                    | KeyPressAction
                    | MoveParam
                    | ScreenshotParam
                    | ScrollParam
                    | TypeParam
                    | WaitParam
                ]
                | Unset
            ) = UNSET
            if _actions is not UNSET:
                if not isinstance(_actions, list):
                    raise TypeError()
                actions = []
                for componentsschemas_computer_action_list_item_data in _actions:
                    try:
                        componentsschemas_computer_action_list_item = (
                            _parse_componentsschemas_computer_action_list_item(
                                componentsschemas_computer_action_list_item_data
                            )
                        )

                    except LENIENT_ERRORS:
                        componentsschemas_computer_action_list_item = (
                            componentsschemas_computer_action_list_item_data
                        )
                    actions.append(componentsschemas_computer_action_list_item)

        except LENIENT_ERRORS:
            actions = _raw_actions
        parsed_obj_.actions = None if isinstance(actions, Unset) else actions
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
