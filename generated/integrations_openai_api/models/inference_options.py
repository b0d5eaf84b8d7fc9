from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.tool_choice import ToolChoice

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ToolChoice
    from ..models.tool_choice import ToolChoice  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_tool_choice(data: object) -> None | ToolChoice:
    if data is None:
        return data
    if isinstance(data, dict):
        return ToolChoice._from_dict_(data)
    return cast("None | ToolChoice", data)


@_attrs_define(repr=False)
class InferenceOptions(ApiModel):
    """Model and tool overrides applied when generating the assistant response."""

    tool_choice: ToolChoice | None = ABSENT

    model: str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("tool_choice", "tool_choice"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "tool_choice": "None | ToolChoice",
        "model": "None | str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "tool_choice",
        "model",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "tool_choice",
            "model",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.model
        if value_1 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_1)
        value_2 = self.tool_choice
        if value_2 is None:
            if "tool_choice" in present:
                out["tool_choice"] = None
        else:
            out["tool_choice"] = to_json(value_2)
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
        _raw_tool_choice = get_("tool_choice", None)
        if _raw_tool_choice is not None:
            try:
                tool_choice = _parse_tool_choice(_raw_tool_choice)

            except LENIENT_ERRORS:
                tool_choice = _raw_tool_choice
        else:
            tool_choice = _raw_tool_choice
        parsed_obj_.tool_choice = tool_choice
        parsed_obj_.model = get_("model")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
