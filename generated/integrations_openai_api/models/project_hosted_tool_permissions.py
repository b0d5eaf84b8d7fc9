from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.hosted_tool_permission import HostedToolPermission

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, HostedToolPermission
    from ..models.hosted_tool_permission import HostedToolPermission  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ProjectHostedToolPermissions(ApiModel):
    """Represents hosted tool permissions for a project."""

    file_search: HostedToolPermission
    """ Permission state for a single hosted tool on a project. """

    web_search: HostedToolPermission
    """ Permission state for a single hosted tool on a project. """

    image_generation: HostedToolPermission
    """ Permission state for a single hosted tool on a project. """

    mcp: HostedToolPermission
    """ Permission state for a single hosted tool on a project. """

    code_interpreter: HostedToolPermission
    """ Permission state for a single hosted tool on a project. """

    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "code_interpreter": {"HostedToolPermission": "CodeInterpreter"},
        "file_search": {"HostedToolPermission": "FileSearch"},
        "image_generation": {"HostedToolPermission": "ImageGeneration"},
        "mcp": {"HostedToolPermission": "Mcp"},
        "web_search": {"HostedToolPermission": "WebSearch"},
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code_interpreter", "code_interpreter"),
        ("file_search", "file_search"),
        ("image_generation", "image_generation"),
        ("mcp", "mcp"),
        ("web_search", "web_search"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file_search": "HostedToolPermission",
        "web_search": "HostedToolPermission",
        "image_generation": "HostedToolPermission",
        "mcp": "HostedToolPermission",
        "code_interpreter": "HostedToolPermission",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "file_search",
        "web_search",
        "image_generation",
        "mcp",
        "code_interpreter",
    )
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
        value_1 = self.code_interpreter
        if value_1 is None:
            if "code_interpreter" in present:
                out["code_interpreter"] = None
        else:
            out["code_interpreter"] = to_json(value_1)
        value_2 = self.file_search
        if value_2 is None:
            if "file_search" in present:
                out["file_search"] = None
        else:
            out["file_search"] = to_json(value_2)
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
        value_5 = self.web_search
        if value_5 is None:
            if "web_search" in present:
                out["web_search"] = None
        else:
            out["web_search"] = to_json(value_5)
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
        file_search = get_("file_search")
        if file_search is not None:
            try:
                file_search = (
                    HostedToolPermission._from_dict_(file_search)
                    if file_search.__class__ is dict
                    else HostedToolPermission.from_dict(file_search)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.file_search = file_search
        web_search = get_("web_search")
        if web_search is not None:
            try:
                web_search = (
                    HostedToolPermission._from_dict_(web_search)
                    if web_search.__class__ is dict
                    else HostedToolPermission.from_dict(web_search)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.web_search = web_search
        image_generation = get_("image_generation")
        if image_generation is not None:
            try:
                image_generation = (
                    HostedToolPermission._from_dict_(image_generation)
                    if image_generation.__class__ is dict
                    else HostedToolPermission.from_dict(image_generation)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.image_generation = image_generation
        mcp = get_("mcp")
        if mcp is not None:
            try:
                mcp = (
                    HostedToolPermission._from_dict_(mcp)
                    if mcp.__class__ is dict
                    else HostedToolPermission.from_dict(mcp)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.mcp = mcp
        code_interpreter = get_("code_interpreter")
        if code_interpreter is not None:
            try:
                code_interpreter = (
                    HostedToolPermission._from_dict_(code_interpreter)
                    if code_interpreter.__class__ is dict
                    else HostedToolPermission.from_dict(code_interpreter)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.code_interpreter = code_interpreter
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
