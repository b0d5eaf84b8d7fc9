from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.assistant_supported_models import (
    AssistantSupportedModels,
    check_assistant_supported_models,
)
from ..models.assistants_api_response_format_option_enum import (
    AssistantsApiResponseFormatOptionEnum,
    check_assistants_api_response_format_option_enum,
)
from ..models.reasoning_effort_2 import ReasoningEffort2, check_reasoning_effort_2
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.metadata_2 import Metadata2
    from ..models.modify_assistant_request_tool_resources import ModifyAssistantRequestToolResources
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AssistantToolsCode, \
        AssistantToolsFileSearch, \
        AssistantToolsFunction, \
        Metadata2, \
        ModifyAssistantRequestToolResources, \
        ResponseFormatJsonObject, \
        ResponseFormatJsonSchema, \
        ResponseFormatText
    from ..models.assistant_tools_code import AssistantToolsCode  # noqa: PLC0415
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: PLC0415
    from ..models.assistant_tools_function import AssistantToolsFunction  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.modify_assistant_request_tool_resources import ModifyAssistantRequestToolResources  # noqa: PLC0415
    from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
    from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415
    from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ModifyAssistantRequest")


def _parse_model(data: object) -> AssistantSupportedModels | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_assistant_supported_models(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("AssistantSupportedModels | str | Unset", data)


def _parse_reasoning_effort(data: object) -> None | ReasoningEffort2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_reasoning_effort_type_0 = check_reasoning_effort_2(data)

        return componentsschemas_reasoning_effort_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ReasoningEffort2 | Unset", data)


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_instructions(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


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


def _parse_tool_resources(data: object) -> ModifyAssistantRequestToolResources | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ModifyAssistantRequestToolResources.from_dict(data)
    return cast("ModifyAssistantRequestToolResources | None | Unset", data)


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


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
class ModifyAssistantRequest:
    model: AssistantSupportedModels | str | Unset = UNSET
    """ ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of
    your available models, or see our [Model overview](/docs/models) for descriptions of them.
     """
    reasoning_effort: None | ReasoningEffort2 | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | Unset = (
        UNSET
    )
    """ A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of
    types `code_interpreter`, `file_search`, or `function`.

    Server default: `[]`. """
    tool_resources: ModifyAssistantRequestToolResources | None | Unset = UNSET
    metadata: Metadata2 | None | Unset = UNSET
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

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "reasoning_effort",
            "name",
            "description",
            "instructions",
            "tools",
            "tool_resources",
            "metadata",
            "temperature",
            "top_p",
            "response_format",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.model is not UNSET:
            field_dict["model"] = to_json(self.model)
        if self.reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = to_json(self.reasoning_effort)
        if self.name is not UNSET:
            field_dict["name"] = to_json(self.name)
        if self.description is not UNSET:
            field_dict["description"] = to_json(self.description)
        if self.instructions is not UNSET:
            field_dict["instructions"] = to_json(self.instructions)
        if self.tools is not UNSET:
            field_dict["tools"] = to_json(self.tools)
        if self.tool_resources is not UNSET:
            field_dict["tool_resources"] = to_json(self.tool_resources)
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
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
                f"ModifyAssistantRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        _raw_reasoning_effort = d.pop("reasoning_effort", UNSET)
        try:
            reasoning_effort = _parse_reasoning_effort(_raw_reasoning_effort)

        except LENIENT_ERRORS:
            reasoning_effort = _raw_reasoning_effort

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

        _raw_instructions = d.pop("instructions", UNSET)
        try:
            instructions = _parse_instructions(_raw_instructions)

        except LENIENT_ERRORS:
            instructions = _raw_instructions

        _raw_tools = d.pop("tools", UNSET)
        try:
            _tools = _raw_tools
            tools: (
                list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | Unset
            ) = UNSET
            if _tools is not UNSET:
                if not isinstance(_tools, list):
                    raise TypeError()
                tools = []
                for tools_item_data in _tools:
                    try:
                        tools_item = _parse_tools_item(tools_item_data)

                    except LENIENT_ERRORS:
                        tools_item = tools_item_data
                    tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools

        _raw_tool_resources = d.pop("tool_resources", UNSET)
        try:
            tool_resources = _parse_tool_resources(_raw_tool_resources)

        except LENIENT_ERRORS:
            tool_resources = _raw_tool_resources

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

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
            model=model,
            reasoning_effort=reasoning_effort,
            name=name,
            description=description,
            instructions=instructions,
            tools=tools,
            tool_resources=tool_resources,
            metadata=metadata,
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
