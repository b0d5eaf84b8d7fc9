from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.file_detail_enum import FileDetailEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sdk_prompt_cache_breakpoint import SdkPromptCacheBreakpoint

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SdkPromptCacheBreakpoint
    from ..models.sdk_prompt_cache_breakpoint import SdkPromptCacheBreakpoint  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_prompt_cache_breakpoint(data: object) -> None | SdkPromptCacheBreakpoint | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkPromptCacheBreakpoint._from_dict_(data)
    return cast("None | SdkPromptCacheBreakpoint | Unset", data)


@_attrs_define(repr=False)
class InputFileContentParam(ApiModel):
    """A file input to the model."""

    type: Literal["input_file"] = "input_file"
    """ The type of the input item. Always `input_file`. """

    file_id: str | None = ABSENT

    filename: str | None = ABSENT

    file_data: str | None = ABSENT

    file_url: str | None = ABSENT

    detail: FileDetailEnum | str | None = ABSENT

    prompt_cache_breakpoint: SdkPromptCacheBreakpoint | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ResponseInputFileContent` has it (the live API sends it). Reads
    None when absent. """

    _sdk_name_: ClassVar[str] = "ResponseInputFileContent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("detail", "detail"),
        ("file_data", "file_data"),
        ("file_id", "file_id"),
        ("file_url", "file_url"),
        ("filename", "filename"),
        ("prompt_cache_breakpoint", "prompt_cache_breakpoint"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['input_file']",
        "file_id": "None | str | Unset",
        "filename": "None | str | Unset",
        "file_data": "None | str | Unset",
        "file_url": "None | str | Unset",
        "detail": "FileDetailEnum | Unset",
        "prompt_cache_breakpoint": "None | SdkPromptCacheBreakpoint | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("input_file",),
        "detail": (
            "high",
            "low",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "file_id",
            "filename",
            "file_data",
            "file_url",
            "detail",
            "prompt_cache_breakpoint",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.detail
        if value_2 is None:
            if "detail" in present:
                out["detail"] = None
        else:
            out["detail"] = value_2
        value_3 = self.file_data
        if value_3 is None:
            if "file_data" in present:
                out["file_data"] = None
        else:
            out["file_data"] = to_json(value_3)
        value_4 = self.file_id
        if value_4 is None:
            if "file_id" in present:
                out["file_id"] = None
        else:
            out["file_id"] = to_json(value_4)
        value_5 = self.file_url
        if value_5 is None:
            if "file_url" in present:
                out["file_url"] = None
        else:
            out["file_url"] = to_json(value_5)
        value_6 = self.filename
        if value_6 is None:
            if "filename" in present:
                out["filename"] = None
        else:
            out["filename"] = to_json(value_6)
        value_7 = self.prompt_cache_breakpoint
        if value_7 is None:
            if "prompt_cache_breakpoint" in present:
                out["prompt_cache_breakpoint"] = None
        else:
            out["prompt_cache_breakpoint"] = to_json(value_7)
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
        parsed_obj_.file_id = get_("file_id")
        parsed_obj_.filename = get_("filename")
        parsed_obj_.file_data = get_("file_data")
        parsed_obj_.file_url = get_("file_url")
        parsed_obj_.detail = get_("detail")
        _raw_prompt_cache_breakpoint = get_("prompt_cache_breakpoint", UNSET)
        if _raw_prompt_cache_breakpoint is not None and _raw_prompt_cache_breakpoint is not UNSET:
            try:
                prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(
                    _raw_prompt_cache_breakpoint
                )

            except LENIENT_ERRORS:
                prompt_cache_breakpoint = _raw_prompt_cache_breakpoint
        else:
            prompt_cache_breakpoint = _raw_prompt_cache_breakpoint
        parsed_obj_.prompt_cache_breakpoint = (
            None if isinstance(prompt_cache_breakpoint, Unset) else prompt_cache_breakpoint
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
