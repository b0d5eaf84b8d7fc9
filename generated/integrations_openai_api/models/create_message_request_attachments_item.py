from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_tools_item(data: object) -> AssistantToolsCode | AssistantToolsFileSearchTypeOnly:
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
                "AssistantToolsCode | AssistantToolsFileSearchTypeOnly", UnknownVariant(data)
            )
        return cast(
            "AssistantToolsCode | AssistantToolsFileSearchTypeOnly", variant.from_dict(data)
        )
    return cast("AssistantToolsCode | AssistantToolsFileSearchTypeOnly", data)


@_attrs_define(repr=False)
class CreateMessageRequestAttachmentsItem(ApiModel):
    file_id: str | None = ABSENT
    """ The ID of the file to attach to the message. """

    tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly | UnknownVariant] | None = (
        ABSENT
    )
    """ The tools to add this file to. """

    _sdk_name_: ClassVar[str] = "Attachment"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_id", "file_id"),
        ("tools", "tools"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file_id": "str | Unset",
        "tools": "list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "tools",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.file_id
        if value_1 is None:
            if "file_id" in present:
                out["file_id"] = None
        else:
            out["file_id"] = value_1
        value_2 = self.tools
        if value_2 is None:
            if "tools" in present:
                out["tools"] = None
        else:
            out["tools"] = to_json(value_2)
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
        parsed_obj_.file_id = get_("file_id")
        _raw_tools = get_("tools", UNSET)
        try:
            _tools = _raw_tools
            tools: list[AssistantToolsCode | AssistantToolsFileSearchTypeOnly] | Unset = UNSET
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
        parsed_obj_.tools = None if isinstance(tools, Unset) else tools
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
