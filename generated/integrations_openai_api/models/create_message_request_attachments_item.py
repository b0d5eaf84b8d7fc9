from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AssistantToolsCode, AssistantToolsFileSearchTypeOnly
    from ..models.assistant_tools_code import AssistantToolsCode  # noqa: PLC0415
    from ..models.assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateMessageRequestAttachmentsItem")


def _parse_file_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_tools(
    data: object,
) -> list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_tools_type_0_item(
            data: object,
        ) -> AssistantToolsCode | AssistantToolsFileSearchTypeOnly:
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        AssistantToolsCode,
                        AssistantToolsFileSearchTypeOnly,
                    ),
                )
                if variant is None:
                    return cast(
                        "AssistantToolsCode | AssistantToolsFileSearchTypeOnly",
                        UnknownVariant(data),
                    )
                return cast(
                    "AssistantToolsCode | AssistantToolsFileSearchTypeOnly", variant.from_dict(data)
                )
            return cast("AssistantToolsCode | AssistantToolsFileSearchTypeOnly", data)

        tools_type_0 = []
        _tools_type_0 = data
        if not isinstance(_tools_type_0, list):
            raise TypeError()
        for tools_type_0_item_data in _tools_type_0:
            try:
                tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

            except LENIENT_ERRORS:
                tools_type_0_item = tools_type_0_item_data
            tools_type_0.append(tools_type_0_item)

        return tools_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | None | Unset", data)


@_attrs_define
class CreateMessageRequestAttachmentsItem:
    file_id: None | str | Unset = UNSET
    """ The ID of the file to attach to the message. """
    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | None | Unset = UNSET
    """ The tools to add this file to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "tools",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.file_id is not UNSET:
            field_dict["file_id"] = to_json(self.file_id)
        if self.tools is not UNSET:
            field_dict["tools"] = to_json(self.tools)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateMessageRequestAttachmentsItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_file_id = d.pop("file_id", UNSET)
        try:
            file_id = _parse_file_id(_raw_file_id)

        except LENIENT_ERRORS:
            file_id = _raw_file_id

        _raw_tools = d.pop("tools", UNSET)
        try:
            tools = _parse_tools(_raw_tools)

        except LENIENT_ERRORS:
            tools = _raw_tools

        parsed_obj_ = cls(
            file_id=file_id,
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
