from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

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
from ..models.apply_patch_tool_param_allowed_callers_item import (
    ApplyPatchToolParamAllowedCallersItem,
    check_apply_patch_tool_param_allowed_callers_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_grammar_format_param import CustomGrammarFormatParam
    from ..models.custom_text_format_param import CustomTextFormatParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CustomGrammarFormatParam, CustomTextFormatParam
    from ..models.custom_grammar_format_param import CustomGrammarFormatParam  # noqa: PLC0415
    from ..models.custom_text_format_param import CustomTextFormatParam  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_format_(data: object) -> CustomGrammarFormatParam | CustomTextFormatParam | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                CustomTextFormatParam,
                CustomGrammarFormatParam,
            ),
        )
        if variant is None:
            return cast(
                "CustomGrammarFormatParam | CustomTextFormatParam | Unset", UnknownVariant(data)
            )
        return cast(
            "CustomGrammarFormatParam | CustomTextFormatParam | Unset", variant.from_dict(data)
        )
    return cast("CustomGrammarFormatParam | CustomTextFormatParam | Unset", data)


def _parse_allowed_callers(
    data: object,
) -> list[ApplyPatchToolParamAllowedCallersItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_callers_type_0 = []
        _allowed_callers_type_0 = data
        if not isinstance(_allowed_callers_type_0, list):
            raise TypeError()
        for allowed_callers_type_0_item_data in _allowed_callers_type_0:
            try:
                allowed_callers_type_0_item = check_apply_patch_tool_param_allowed_callers_item(
                    allowed_callers_type_0_item_data
                )

            except LENIENT_ERRORS:
                allowed_callers_type_0_item = allowed_callers_type_0_item_data
            allowed_callers_type_0.append(allowed_callers_type_0_item)

        return allowed_callers_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ApplyPatchToolParamAllowedCallersItem] | None | Unset", data)


@_attrs_define(repr=False)
class CustomToolParam(ApiModel):
    """A custom tool that processes input using a specified format. Learn more about   [custom
    tools](https://platform.openai.com/docs/guides/function-calling#custom-tools)

    """

    name: str
    """ The name of the custom tool, used to identify it in tool calls. """

    type: Literal["custom"] = "custom"
    """ The type of the custom tool. Always `custom`. """

    description: str | None = ABSENT
    """ Optional description of the custom tool, used to provide more context. """

    format: CustomGrammarFormatParam | CustomTextFormatParam | UnknownVariant | None = ABSENT
    """ The input format for the custom tool. Default is unconstrained text. """

    defer_loading: bool | None = ABSENT
    """ Whether this tool should be deferred and discovered via tool search. """

    allowed_callers: list[ApplyPatchToolParamAllowedCallersItem | str] | None = ABSENT
    """ Not in the pinned spec; the official SDK's `CustomTool` has it (the live API sends it). Reads None when
    absent. """

    async_: bool | None = ABSENT
    """ Not in the pinned spec; the official SDK's `CustomTool` has it (the live API sends it). Reads None when
    absent. """

    _sdk_name_: ClassVar[str] = "CustomTool"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("type", "type"),
        ("allowed_callers", "allowed_callers"),
        ("async_", "async"),
        ("defer_loading", "defer_loading"),
        ("description", "description"),
        ("format", "format"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['custom']",
        "name": "str",
        "description": "str | Unset",
        "format": "CustomGrammarFormatParam | CustomTextFormatParam | Unset",
        "defer_loading": "bool | Unset",
        "allowed_callers": "list[ApplyPatchToolParamAllowedCallersItem] | None | Unset",
        "async_": "bool | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("custom",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "description",
            "format",
            "defer_loading",
            "allowed_callers",
            "async",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.name
        if value_1 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.allowed_callers
        if value_3 is None:
            if "allowed_callers" in present:
                out["allowed_callers"] = None
        else:
            out["allowed_callers"] = to_json(value_3)
        value_4 = self.async_
        if value_4 is None:
            if "async" in present:
                out["async"] = None
        else:
            out["async"] = to_json(value_4)
        value_5 = self.defer_loading
        if value_5 is None:
            if "defer_loading" in present:
                out["defer_loading"] = None
        else:
            out["defer_loading"] = value_5
        value_6 = self.description
        if value_6 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = value_6
        value_7 = self.format
        if value_7 is None:
            if "format" in present:
                out["format"] = None
        else:
            out["format"] = to_json(value_7)
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
        parsed_obj_.type = get_("type")
        parsed_obj_.name = get_("name")
        parsed_obj_.description = get_("description")
        _raw_format_ = get_("format", UNSET)
        if _raw_format_ is not UNSET:
            try:
                format_ = _parse_format_(_raw_format_)

            except LENIENT_ERRORS:
                format_ = _raw_format_
        else:
            format_ = _raw_format_
        parsed_obj_.format = None if isinstance(format_, Unset) else format_
        parsed_obj_.defer_loading = get_("defer_loading")
        _raw_allowed_callers = get_("allowed_callers", UNSET)
        if _raw_allowed_callers is not None and _raw_allowed_callers is not UNSET:
            try:
                allowed_callers = _parse_allowed_callers(_raw_allowed_callers)

            except LENIENT_ERRORS:
                allowed_callers = _raw_allowed_callers
        else:
            allowed_callers = _raw_allowed_callers
        parsed_obj_.allowed_callers = (
            None if isinstance(allowed_callers, Unset) else allowed_callers
        )
        parsed_obj_.async_ = get_("async")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
