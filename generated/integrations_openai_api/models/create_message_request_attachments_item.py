from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class CreateMessageRequestAttachmentsItem(ApiModel):
    file_id: str | None = ABSENT
    """ The ID of the file to attach to the message. """

    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownVariant] | None = (
        ABSENT
    )
    """ The tools to add this file to. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_id", "file_id"),
        ("tools", "tools"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file_id": "None | str | Unset",
        "tools": "list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "tools",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.file_id = None if isinstance(file_id, Unset) else file_id
        parsed_obj_.tools = None if isinstance(tools, Unset) else tools
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
