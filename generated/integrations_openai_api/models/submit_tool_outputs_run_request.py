from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="SubmitToolOutputsRunRequest")


def _parse_stream(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


@_attrs_define
class SubmitToolOutputsRunRequest:
    tool_outputs: list[SubmitToolOutputsRunRequestToolOutputsItem]
    """ A list of tools for which the outputs are being submitted. """
    stream: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("tool_outputs",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "tool_outputs",
            "stream",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.tool_outputs, Unset):
            field_dict["tool_outputs"] = to_json(self.tool_outputs)
        if self.stream is not UNSET:
            field_dict["stream"] = to_json(self.stream)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"SubmitToolOutputsRunRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_tool_outputs = d.pop("tool_outputs", UNSET)
        try:
            tool_outputs = []
            _tool_outputs = _raw_tool_outputs
            if not isinstance(_tool_outputs, list):
                raise TypeError()
            for tool_outputs_item_data in _tool_outputs:
                try:
                    tool_outputs_item = SubmitToolOutputsRunRequestToolOutputsItem.from_dict(
                        tool_outputs_item_data
                    )

                except LENIENT_ERRORS:
                    tool_outputs_item = tool_outputs_item_data
                tool_outputs.append(tool_outputs_item)

        except LENIENT_ERRORS:
            tool_outputs = _raw_tool_outputs

        _raw_stream = d.pop("stream", UNSET)
        try:
            stream = _parse_stream(_raw_stream)

        except LENIENT_ERRORS:
            stream = _raw_stream

        parsed_obj_ = cls(
            tool_outputs=tool_outputs,
            stream=stream,
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
