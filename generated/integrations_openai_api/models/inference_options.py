from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_choice import ToolChoice

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ToolChoice
    from ..models.tool_choice import ToolChoice  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="InferenceOptions")


def _parse_tool_choice(data: object) -> None | ToolChoice:
    if data is None:
        return data
    if isinstance(data, dict):
        return ToolChoice.from_dict(data)
    return cast("None | ToolChoice", data)


def _parse_model(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class InferenceOptions:
    """Model and tool overrides applied when generating the assistant response."""

    tool_choice: None | ToolChoice
    model: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.tool_choice, Unset):
            field_dict["tool_choice"] = to_json(self.tool_choice)
        if not isinstance(self.model, Unset):
            field_dict["model"] = to_json(self.model)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"InferenceOptions: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_tool_choice = d.pop("tool_choice", UNSET)
        try:
            tool_choice = _parse_tool_choice(_raw_tool_choice)

        except LENIENT_ERRORS:
            tool_choice = _raw_tool_choice

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        parsed_obj_ = cls(
            tool_choice=tool_choice,
            model=model,
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
