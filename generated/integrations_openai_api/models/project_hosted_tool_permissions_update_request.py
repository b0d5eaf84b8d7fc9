from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hosted_tool_permission_update import HostedToolPermissionUpdate

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, HostedToolPermissionUpdate
    from ..models.hosted_tool_permission_update import HostedToolPermissionUpdate  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_file_search(data: object) -> HostedToolPermissionUpdate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return HostedToolPermissionUpdate._from_dict_(data)
    return cast("HostedToolPermissionUpdate | None | Unset", data)


def _parse_web_search(data: object) -> HostedToolPermissionUpdate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return HostedToolPermissionUpdate._from_dict_(data)
    return cast("HostedToolPermissionUpdate | None | Unset", data)


def _parse_image_generation(data: object) -> HostedToolPermissionUpdate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return HostedToolPermissionUpdate._from_dict_(data)
    return cast("HostedToolPermissionUpdate | None | Unset", data)


def _parse_mcp(data: object) -> HostedToolPermissionUpdate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return HostedToolPermissionUpdate._from_dict_(data)
    return cast("HostedToolPermissionUpdate | None | Unset", data)


def _parse_code_interpreter(data: object) -> HostedToolPermissionUpdate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return HostedToolPermissionUpdate._from_dict_(data)
    return cast("HostedToolPermissionUpdate | None | Unset", data)


@_attrs_define(repr=False)
class ProjectHostedToolPermissionsUpdateRequest(ApiModel):
    file_search: HostedToolPermissionUpdate | None = ABSENT
    """ The file search permission update. """

    web_search: HostedToolPermissionUpdate | None = ABSENT
    """ The web search permission update. """

    image_generation: HostedToolPermissionUpdate | None = ABSENT
    """ The image generation permission update. """

    mcp: HostedToolPermissionUpdate | None = ABSENT
    """ The MCP permission update. """

    code_interpreter: HostedToolPermissionUpdate | None = ABSENT
    """ The code interpreter permission update. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_search", "file_search"),
        ("web_search", "web_search"),
        ("image_generation", "image_generation"),
        ("mcp", "mcp"),
        ("code_interpreter", "code_interpreter"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file_search": "HostedToolPermissionUpdate | None | Unset",
        "web_search": "HostedToolPermissionUpdate | None | Unset",
        "image_generation": "HostedToolPermissionUpdate | None | Unset",
        "mcp": "HostedToolPermissionUpdate | None | Unset",
        "code_interpreter": "HostedToolPermissionUpdate | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_search",
            "web_search",
            "image_generation",
            "mcp",
            "code_interpreter",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.file_search
        if value_1 is None:
            if "file_search" in present:
                out["file_search"] = None
        else:
            out["file_search"] = to_json(value_1)
        value_2 = self.web_search
        if value_2 is None:
            if "web_search" in present:
                out["web_search"] = None
        else:
            out["web_search"] = to_json(value_2)
        value_3 = self.image_generation
        if value_3 is None:
            if "image_generation" in present:
                out["image_generation"] = None
        else:
            out["image_generation"] = to_json(value_3)
        value_4 = self.mcp
        if value_4 is None:
            if "mcp" in present:
                out["mcp"] = None
        else:
            out["mcp"] = to_json(value_4)
        value_5 = self.code_interpreter
        if value_5 is None:
            if "code_interpreter" in present:
                out["code_interpreter"] = None
        else:
            out["code_interpreter"] = to_json(value_5)
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
        _raw_file_search = get_("file_search", UNSET)
        if _raw_file_search is not None and _raw_file_search is not UNSET:
            try:
                file_search = _parse_file_search(_raw_file_search)

            except LENIENT_ERRORS:
                file_search = _raw_file_search
        else:
            file_search = _raw_file_search
        parsed_obj_.file_search = None if isinstance(file_search, Unset) else file_search
        _raw_web_search = get_("web_search", UNSET)
        if _raw_web_search is not None and _raw_web_search is not UNSET:
            try:
                web_search = _parse_web_search(_raw_web_search)

            except LENIENT_ERRORS:
                web_search = _raw_web_search
        else:
            web_search = _raw_web_search
        parsed_obj_.web_search = None if isinstance(web_search, Unset) else web_search
        _raw_image_generation = get_("image_generation", UNSET)
        if _raw_image_generation is not None and _raw_image_generation is not UNSET:
            try:
                image_generation = _parse_image_generation(_raw_image_generation)

            except LENIENT_ERRORS:
                image_generation = _raw_image_generation
        else:
            image_generation = _raw_image_generation
        parsed_obj_.image_generation = (
            None if isinstance(image_generation, Unset) else image_generation
        )
        _raw_mcp = get_("mcp", UNSET)
        if _raw_mcp is not None and _raw_mcp is not UNSET:
            try:
                mcp = _parse_mcp(_raw_mcp)

            except LENIENT_ERRORS:
                mcp = _raw_mcp
        else:
            mcp = _raw_mcp
        parsed_obj_.mcp = None if isinstance(mcp, Unset) else mcp
        _raw_code_interpreter = get_("code_interpreter", UNSET)
        if _raw_code_interpreter is not None and _raw_code_interpreter is not UNSET:
            try:
                code_interpreter = _parse_code_interpreter(_raw_code_interpreter)

            except LENIENT_ERRORS:
                code_interpreter = _raw_code_interpreter
        else:
            code_interpreter = _raw_code_interpreter
        parsed_obj_.code_interpreter = (
            None if isinstance(code_interpreter, Unset) else code_interpreter
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
