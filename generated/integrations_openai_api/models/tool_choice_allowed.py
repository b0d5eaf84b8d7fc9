from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.chat_completion_allowed_tools_mode import (
    ChatCompletionAllowedToolsMode,
    check_chat_completion_allowed_tools_mode,
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


T = TypeVar("T", bound="ToolChoiceAllowed")


@_attrs_define
class ToolChoiceAllowed:
    """Constrains the tools available to the model to a pre-defined set."""

    mode: ChatCompletionAllowedToolsMode
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
    type_: Literal["allowed_tools"] = "allowed_tools"
    """ Allowed tool configuration type. Always `allowed_tools`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.mode, Unset):
            field_dict["mode"] = self.mode
        if not isinstance(self.tools, Unset):
            field_dict["tools"] = to_json(self.tools)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ToolChoiceAllowed: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['allowed_tools']", _raw_type_)
            if type_ != "allowed_tools":
                raise ValueError(f"type must match const 'allowed_tools', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_mode = d.pop("mode", UNSET)
        try:
            mode = check_chat_completion_allowed_tools_mode(_raw_mode)

        except LENIENT_ERRORS:
            mode = _raw_mode

        _raw_tools = d.pop("tools", UNSET)
        try:
            tools = []
            _tools = _raw_tools
            if not isinstance(_tools, list):
                raise TypeError()
            for tools_item_data in _tools:
                try:
                    tools_item = ChatCompletionAllowedToolsToolsItem.from_dict(tools_item_data)

                except LENIENT_ERRORS:
                    tools_item = tools_item_data
                tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools

        parsed_obj_ = cls(
            type_=type_,
            mode=mode,
            tools=tools,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
