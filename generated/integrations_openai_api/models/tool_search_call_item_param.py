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
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParam
    from ..models.sdk_tool_search_call_agent import SdkToolSearchCallAgent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EmptyModelParam, SdkToolSearchCallAgent
    from ..models.empty_model_param import EmptyModelParam  # noqa: PLC0415
    from ..models.sdk_tool_search_call_agent import SdkToolSearchCallAgent  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


def _parse_agent(data: object) -> None | SdkToolSearchCallAgent | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkToolSearchCallAgent._from_dict_(data)
    return cast("None | SdkToolSearchCallAgent | Unset", data)


@_attrs_define(repr=False)
class ToolSearchCallItemParam(ApiModel):
    arguments: EmptyModelParam

    type: Literal["tool_search_call"] = "tool_search_call"
    """ The item type. Always `tool_search_call`. """

    id: str | None = ABSENT

    call_id: str | None = ABSENT

    execution: str | ToolSearchExecutionType | None = ABSENT

    status: FunctionCallItemStatus | str | None = ABSENT

    agent: SdkToolSearchCallAgent | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ToolSearchCall` has it (the live API sends it). Reads None when
    absent. """

    _sdk_name_: ClassVar[str] = "ToolSearchCall"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("arguments", "arguments"),
        ("type", "type"),
        ("id", "id"),
        ("agent", "agent"),
        ("call_id", "call_id"),
        ("execution", "execution"),
        ("status", "status"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['tool_search_call']",
        "arguments": "EmptyModelParam",
        "id": "None | str | Unset",
        "call_id": "None | str | Unset",
        "execution": "ToolSearchExecutionType | Unset",
        "status": "FunctionCallItemStatus | None | Unset",
        "agent": "None | SdkToolSearchCallAgent | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("tool_search_call",),
        "execution": (
            "client",
            "server",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "arguments",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "arguments",
            "id",
            "call_id",
            "execution",
            "status",
            "agent",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.arguments
        if value_1 is None:
            if "arguments" in present:
                out["arguments"] = None
        else:
            out["arguments"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.id
        if value_3 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = to_json(value_3)
        value_4 = self.agent
        if value_4 is None:
            if "agent" in present:
                out["agent"] = None
        else:
            out["agent"] = to_json(value_4)
        value_5 = self.call_id
        if value_5 is None:
            if "call_id" in present:
                out["call_id"] = None
        else:
            out["call_id"] = to_json(value_5)
        value_6 = self.execution
        if value_6 is None:
            if "execution" in present:
                out["execution"] = None
        else:
            out["execution"] = value_6
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
        parsed_obj_.type = get_("type")
        arguments = get_("arguments")
        if arguments is not None:
            try:
                arguments = (
                    EmptyModelParam._from_dict_(arguments)
                    if arguments.__class__ is dict
                    else EmptyModelParam.from_dict(arguments)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.arguments = arguments
        parsed_obj_.id = get_("id")
        parsed_obj_.call_id = get_("call_id")
        parsed_obj_.execution = get_("execution")
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
