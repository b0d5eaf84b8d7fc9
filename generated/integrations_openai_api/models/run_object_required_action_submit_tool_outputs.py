from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_tool_call_object import RunToolCallObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunToolCallObject
    from ..models.run_tool_call_object import RunToolCallObject  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RunObjectRequiredActionSubmitToolOutputs(ApiModel):
    """Details on the tool outputs needed for this run to continue."""

    tool_calls: list[RunToolCallObject]
    """ A list of the relevant tool calls. """

    _sdk_name_: ClassVar[str] = "RequiredActionSubmitToolOutputs"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("tool_calls", "tool_calls"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "tool_calls": "list[RunToolCallObject]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("tool_calls",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("tool_calls",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.tool_calls
        if value_1 is None:
            if "tool_calls" in present:
                out["tool_calls"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "tool_calls" in present:
            out["tool_calls"] = to_json(value_1)
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
        _raw_tool_calls = get_("tool_calls", UNSET)
        try:
            tool_calls = []
            _tool_calls = _raw_tool_calls
            if not isinstance(_tool_calls, list):
                raise TypeError()
            for tool_calls_item_data in _tool_calls:
                try:
                    tool_calls_item = (
                        RunToolCallObject._from_dict_(tool_calls_item_data)
                        if tool_calls_item_data.__class__ is dict
                        else RunToolCallObject.from_dict(tool_calls_item_data)
                    )
                except LENIENT_ERRORS:
                    tool_calls_item = tool_calls_item_data
                tool_calls.append(tool_calls_item)

        except LENIENT_ERRORS:
            tool_calls = _raw_tool_calls
        parsed_obj_.tool_calls = AbsentList() if isinstance(tool_calls, Unset) else tool_calls
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
