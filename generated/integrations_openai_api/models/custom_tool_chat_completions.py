from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.custom_tool_chat_completions_custom import CustomToolChatCompletionsCustom

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CustomToolChatCompletionsCustom
    from ..models.custom_tool_chat_completions_custom import CustomToolChatCompletionsCustom  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class CustomToolChatCompletions(ApiModel):
    """A custom tool that processes input using a specified format."""

    custom: CustomToolChatCompletionsCustom
    """ Properties of the custom tool.
     """

    type: Literal["custom"] = "custom"
    """ The type of the custom tool. Always `custom`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("custom", "custom"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['custom']",
        "custom": "CustomToolChatCompletionsCustom",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("custom",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "custom",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "custom",
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
        value_2 = self.custom
        if value_2 is None:
            if "custom" in present:
                out["custom"] = None
        else:
            out["custom"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = d.pop("type", None)

        _raw_custom = d.pop("custom", None)
        try:
            custom = CustomToolChatCompletionsCustom.from_dict(_raw_custom)

        except LENIENT_ERRORS:
            custom = _raw_custom

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.custom = custom
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
