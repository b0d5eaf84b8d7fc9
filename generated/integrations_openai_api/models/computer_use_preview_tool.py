from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.computer_environment import ComputerEnvironment, check_computer_environment
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputerUsePreviewTool")


@_attrs_define
class ComputerUsePreviewTool:
    """A tool that controls a virtual computer. Learn more about the [computer
    tool](https://platform.openai.com/docs/guides/tools-computer-use).

    """

    environment: ComputerEnvironment
    display_width: int
    """ The width of the computer display. """
    display_height: int
    """ The height of the computer display. """
    type_: Literal["computer_use_preview"] = "computer_use_preview"
    """ The type of the computer use tool. Always `computer_use_preview`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("computer_use_preview",),
        "environment": (
            "browser",
            "linux",
            "mac",
            "ubuntu",
            "windows",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "environment",
        "display_width",
        "display_height",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "environment",
            "display_width",
            "display_height",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.environment, Unset):
            field_dict["environment"] = self.environment
        if not isinstance(self.display_width, Unset):
            field_dict["display_width"] = self.display_width
        if not isinstance(self.display_height, Unset):
            field_dict["display_height"] = self.display_height
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ComputerUsePreviewTool: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['computer_use_preview']", _raw_type_)
            if type_ != "computer_use_preview":
                raise ValueError(f"type must match const 'computer_use_preview', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_environment = d.pop("environment", UNSET)
        try:
            environment = check_computer_environment(_raw_environment)

        except LENIENT_ERRORS:
            environment = _raw_environment

        display_width = d.pop("display_width", UNSET)

        display_height = d.pop("display_height", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            environment=environment,
            display_width=display_width,
            display_height=display_height,
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
