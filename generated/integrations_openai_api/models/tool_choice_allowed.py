from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.chat_completion_allowed_tools_mode import (
    ChatCompletionAllowedToolsMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsToolsItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionAllowedToolsToolsItem
    from ..models.chat_completion_allowed_tools_tools_item import (
        ChatCompletionAllowedToolsToolsItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ToolChoiceAllowed(ApiModel):
    """Constrains the tools available to the model to a pre-defined set."""

    mode: ChatCompletionAllowedToolsMode | str
    """ Constrains the tools available to the model to a pre-defined set.

    `auto` allows the model to pick from among the allowed tools and generate a
    message.

    `required` requires the model to call one or more of the allowed tools.
     """

    tools: list[ChatCompletionAllowedToolsToolsItem]
    """ A list of tool definitions that the model should be allowed to call.

    For the Responses API, the list of tool definitions might look like:
    ```json
    [
      { "type": "function", "name": "get_weather" },
      { "type": "mcp", "server_label": "deepwiki" },
      { "type": "image_generation" }
    ]
    ```
     """

    type: Literal["allowed_tools"] = "allowed_tools"
    """ Allowed tool configuration type. Always `allowed_tools`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("mode", "mode"),
        ("tools", "tools"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['allowed_tools']",
        "mode": "ChatCompletionAllowedToolsMode",
        "tools": "list[ChatCompletionAllowedToolsToolsItem]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("allowed_tools",),
        "mode": (
            "auto",
            "required",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "mode",
        "tools",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "mode",
            "tools",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.mode
        if value_1 is None:
            if "mode" in present:
                out["mode"] = None
        else:
            out["mode"] = value_1
        value_2 = self.tools
        if value_2 is None:
            if "tools" in present:
                out["tools"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "tools" in present:
            out["tools"] = to_json(value_2)
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
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
        parsed_obj_.mode = get_("mode")
        _raw_tools = get_("tools", UNSET)
        try:
            tools = []
            _tools = _raw_tools
            if not isinstance(_tools, list):
                raise TypeError()
            for tools_item_data in _tools:
                try:
                    tools_item = (
                        ChatCompletionAllowedToolsToolsItem._from_dict_(tools_item_data)
                        if tools_item_data.__class__ is dict
                        else ChatCompletionAllowedToolsToolsItem.from_dict(tools_item_data)
                    )
                except LENIENT_ERRORS:
                    tools_item = tools_item_data
                tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools
        parsed_obj_.tools = AbsentList() if isinstance(tools, Unset) else tools
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
