from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SubmitToolOutputsRunRequestToolOutputsItem
    from ..models.submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SubmitToolOutputsRunRequest(ApiModel):
    tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem]
    """ A list of tools for which the outputs are being submitted. """

    stream: bool | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("tool_outputs", "tool_outputs"),
        ("stream", "stream"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "tool_outputs": "list[SubmitToolOutputsRunRequestToolOutputsItem]",
        "stream": "bool | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("tool_outputs",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "tool_outputs",
            "stream",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.tool_outputs
        if value_1 is None:
            if "tool_outputs" in present:
                out["tool_outputs"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "tool_outputs" in present:
            out["tool_outputs"] = to_json(value_1)
        value_2 = self.stream
        if value_2 is None:
            if "stream" in present:
                out["stream"] = None
        else:
            out["stream"] = to_json(value_2)
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
        _raw_tool_outputs = get_("tool_outputs", UNSET)
        try:
            tool_outputs = []
            _tool_outputs = _raw_tool_outputs
            if not isinstance(_tool_outputs, list):
                raise TypeError()
            for tool_outputs_item_data in _tool_outputs:
                try:
                    tool_outputs_item = (
                        SubmitToolOutputsRunRequestToolOutputsItem._from_dict_(
                            tool_outputs_item_data
                        )
                        if tool_outputs_item_data.__class__ is dict
                        else SubmitToolOutputsRunRequestToolOutputsItem.from_dict(
                            tool_outputs_item_data
                        )
                    )
                except LENIENT_ERRORS:
                    tool_outputs_item = tool_outputs_item_data
                tool_outputs.append(tool_outputs_item)

        except LENIENT_ERRORS:
            tool_outputs = _raw_tool_outputs
        parsed_obj_.tool_outputs = AbsentList() if isinstance(tool_outputs, Unset) else tool_outputs
        parsed_obj_.stream = get_("stream")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
