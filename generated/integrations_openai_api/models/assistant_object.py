from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, as_float, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None", data)


def _parse_tool_resources(data: object) -> AssistantObjectToolResources | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AssistantObjectToolResources._from_dict_(data)
    return cast("AssistantObjectToolResources | None | Unset", data)


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


@_attrs_define(repr=False)
class AssistantObject(ApiModel):
    """Represents an `assistant` that can call the model and use tools."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the assistant was created. """

    model: str
    """ ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-
    reference/models/list) API to see all of your available models, or see our [Model
    overview](https://platform.openai.com/docs/models) for descriptions of them.
     """

    tools: list[
        AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownVariant
    ]
    """ A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of
    types `code_interpreter`, `file_search`, or `function`.

    Server default: `[]`. """

    object: Literal["assistant"] = "assistant"
    """ The object type, which is always `assistant`. """

    name: str | None = ABSENT

    description: str | None = ABSENT

    instructions: str | None = ABSENT

    metadata: Metadata2 | None = ABSENT

    tool_resources: AssistantObjectToolResources | None = ABSENT

    temperature: float | None = ABSENT

    top_p: float | None = ABSENT

    response_format: (
        AssistantsApiResponseFormatOptionEnum
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | str
        | UnknownVariant
        | None
    ) = ABSENT

    _sdk_name_: ClassVar[str] = "Assistant"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("description", "description"),
        ("instructions", "instructions"),
        ("metadata", "metadata"),
        ("model", "model"),
        ("name", "name"),
        ("object", "object"),
        ("tools", "tools"),
        ("response_format", "response_format"),
        ("temperature", "temperature"),
        ("tool_resources", "tool_resources"),
        ("top_p", "top_p"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['assistant']",
        "created_at": "int",
        "name": "None | str",
        "description": "None | str",
        "model": "str",
        "instructions": "None | str",
        "tools": "list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]",
        "metadata": "Metadata2 | None",
        "tool_resources": "AssistantObjectToolResources | None | Unset",
        "temperature": "float | None | Unset",
        "top_p": "float | None | Unset",
        "response_format": "AssistantsApiResponseFormatOptionEnum | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.description
        if value_3 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = to_json(value_3)
        value_4 = self.instructions
        if value_4 is None:
            if "instructions" in present:
                out["instructions"] = None
        else:
            out["instructions"] = to_json(value_4)
        value_5 = self.metadata
        if value_5 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_5)
        value_6 = self.model
        if value_6 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_6
        value_7 = self.name
        if value_7 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = to_json(value_7)
        value_8 = self.object
        if value_8 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_8
        value_9 = self.tools
        if value_9 is None:
            if "tools" in present:
                out["tools"] = None
        elif value_9 or not isinstance(value_9, AbsentList) or "tools" in present:
            out["tools"] = to_json(value_9)
        value_10 = self.response_format
        if value_10 is None:
            if "response_format" in present:
                out["response_format"] = None
        else:
            out["response_format"] = to_json(value_10)
        value_11 = self.temperature
        if value_11 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = to_json(value_11)
        value_12 = self.tool_resources
        if value_12 is None:
            if "tool_resources" in present:
                out["tool_resources"] = None
        else:
            out["tool_resources"] = to_json(value_12)
        value_13 = self.top_p
        if value_13 is None:
            if "top_p" in present:
                out["top_p"] = None
        else:
            out["top_p"] = to_json(value_13)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.name = get_("name")
        parsed_obj_.description = get_("description")
        parsed_obj_.model = get_("model")
        parsed_obj_.instructions = get_("instructions")
        _raw_tools = get_("tools", UNSET)
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
        parsed_obj_.tools = AbsentList() if isinstance(tools, Unset) else tools
        _raw_metadata = get_("metadata", None)
        if _raw_metadata is not None:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = metadata
        _raw_tool_resources = get_("tool_resources", UNSET)
        if _raw_tool_resources is not None and _raw_tool_resources is not UNSET:
            try:
                tool_resources = _parse_tool_resources(_raw_tool_resources)

            except LENIENT_ERRORS:
                tool_resources = _raw_tool_resources
        else:
            tool_resources = _raw_tool_resources
        parsed_obj_.tool_resources = None if isinstance(tool_resources, Unset) else tool_resources
        parsed_obj_.temperature = as_float(get_("temperature"))
        parsed_obj_.top_p = as_float(get_("top_p"))
        _raw_response_format = get_("response_format", UNSET)
        if _raw_response_format is not None and _raw_response_format is not UNSET:
            try:
                response_format = _parse_response_format(_raw_response_format)

            except LENIENT_ERRORS:
                response_format = _raw_response_format
        else:
            response_format = _raw_response_format
        parsed_obj_.response_format = (
            None if isinstance(response_format, Unset) else response_format
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
