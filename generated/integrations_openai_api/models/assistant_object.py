from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.assistants_api_response_format_option_enum import (
    AssistantsApiResponseFormatOptionEnum,
    check_assistants_api_response_format_option_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_object_tool_resources import AssistantObjectToolResources
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.metadata_2 import Metadata2
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AssistantObjectToolResources, \
        AssistantToolsCode, \
        AssistantToolsFileSearch, \
        AssistantToolsFunction, \
        Metadata2, \
        ResponseFormatJsonObject, \
        ResponseFormatJsonSchema, \
        ResponseFormatText
    from ..models.assistant_object_tool_resources import AssistantObjectToolResources  # noqa: PLC0415
    from ..models.assistant_tools_code import AssistantToolsCode  # noqa: PLC0415
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: PLC0415
    from ..models.assistant_tools_function import AssistantToolsFunction  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
    from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415
    from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AssistantObject")


def _parse_name(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_description(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_instructions(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_tools_item(
    data: object,
) -> AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                AssistantToolsCode,
                AssistantToolsFileSearch,
                AssistantToolsFunction,
            ),
        )
        if variant is None:
            return cast(
                "AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction",
                UnknownVariant(data),
            )
        return cast(
            "AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction",
            variant.from_dict(data),
        )
    return cast("AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction", data)


def _parse_metadata(data: object) -> Metadata2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None", data)


def _parse_tool_resources(data: object) -> AssistantObjectToolResources | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AssistantObjectToolResources.from_dict(data)
    return cast("AssistantObjectToolResources | None | Unset", data)


def _parse_temperature(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_top_p(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_response_format(
    data: object,
) -> (
    AssistantsApiResponseFormatOptionEnum
    | None
    | ResponseFormatJsonObject
    | ResponseFormatJsonSchema
    | ResponseFormatText
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ResponseFormatText,
                ResponseFormatJsonObject,
                ResponseFormatJsonSchema,
            ),
        )
        if variant is None:
            return cast(
                "AssistantsApiResponseFormatOptionEnum | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
                UnknownVariant(data),
            )
        return cast(
            "AssistantsApiResponseFormatOptionEnum | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
            variant.from_dict(data),
        )
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_assistants_api_response_format_option_type_0 = (
            check_assistants_api_response_format_option_enum(data)
        )

        return componentsschemas_assistants_api_response_format_option_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "AssistantsApiResponseFormatOptionEnum | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
        data,
    )


@_attrs_define
class AssistantObject:
    """Represents an `assistant` that can call the model and use tools."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the assistant was created. """
    name: None | str
    description: None | str
    model: str
    """ ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of
    your available models, or see our [Model overview](/docs/models) for descriptions of them.
     """
    instructions: None | str
    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
    """ A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of
    types `code_interpreter`, `file_search`, or `function`.

    Server default: `[]`. """
    metadata: Metadata2 | None
    object_: Literal["assistant"] = "assistant"
    """ The object type, which is always `assistant`. """
    tool_resources: AssistantObjectToolResources | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    response_format: (
        AssistantsApiResponseFormatOptionEnum
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("assistant",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "name",
        "description",
        "model",
        "instructions",
        "tools",
        "metadata",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "name",
            "description",
            "model",
            "instructions",
            "tools",
            "metadata",
            "tool_resources",
            "temperature",
            "top_p",
            "response_format",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.name, Unset):
            field_dict["name"] = to_json(self.name)
        if not isinstance(self.description, Unset):
            field_dict["description"] = to_json(self.description)
        if not isinstance(self.model, Unset):
            field_dict["model"] = self.model
        if not isinstance(self.instructions, Unset):
            field_dict["instructions"] = to_json(self.instructions)
        if not isinstance(self.tools, Unset):
            field_dict["tools"] = to_json(self.tools)
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = to_json(self.metadata)
        if self.tool_resources is not UNSET:
            field_dict["tool_resources"] = to_json(self.tool_resources)
        if self.temperature is not UNSET:
            field_dict["temperature"] = to_json(self.temperature)
        if self.top_p is not UNSET:
            field_dict["top_p"] = to_json(self.top_p)
        if self.response_format is not UNSET:
            field_dict["response_format"] = to_json(self.response_format)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AssistantObject: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['assistant']", _raw_object_)
            if object_ != "assistant":
                raise ValueError(f"object must match const 'assistant', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        created_at = d.pop("created_at", UNSET)

        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        _raw_description = d.pop("description", UNSET)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        model = d.pop("model", UNSET)

        _raw_instructions = d.pop("instructions", UNSET)
        try:
            instructions = _parse_instructions(_raw_instructions)

        except LENIENT_ERRORS:
            instructions = _raw_instructions

        _raw_tools = d.pop("tools", UNSET)
        try:
            tools = []
            _tools = _raw_tools
            if not isinstance(_tools, list):
                raise TypeError()
            for tools_item_data in _tools:
                try:
                    tools_item = _parse_tools_item(tools_item_data)

                except LENIENT_ERRORS:
                    tools_item = tools_item_data
                tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_tool_resources = d.pop("tool_resources", UNSET)
        try:
            tool_resources = _parse_tool_resources(_raw_tool_resources)

        except LENIENT_ERRORS:
            tool_resources = _raw_tool_resources

        _raw_temperature = d.pop("temperature", UNSET)
        try:
            temperature = _parse_temperature(_raw_temperature)

        except LENIENT_ERRORS:
            temperature = _raw_temperature

        _raw_top_p = d.pop("top_p", UNSET)
        try:
            top_p = _parse_top_p(_raw_top_p)

        except LENIENT_ERRORS:
            top_p = _raw_top_p

        _raw_response_format = d.pop("response_format", UNSET)
        try:
            response_format = _parse_response_format(_raw_response_format)

        except LENIENT_ERRORS:
            response_format = _raw_response_format

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            name=name,
            description=description,
            model=model,
            instructions=instructions,
            tools=tools,
            metadata=metadata,
            tool_resources=tool_resources,
            temperature=temperature,
            top_p=top_p,
            response_format=response_format,
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
