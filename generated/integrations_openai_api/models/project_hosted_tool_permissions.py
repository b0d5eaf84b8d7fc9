from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.hosted_tool_permission import HostedToolPermission

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, HostedToolPermission
    from ..models.hosted_tool_permission import HostedToolPermission  # noqa: PLC0415

    _lazy_loaded = True


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
        _raw_file_search = d.pop("file_search", None)
        try:
            file_search = HostedToolPermission.from_dict(_raw_file_search)

        except LENIENT_ERRORS:
            file_search = _raw_file_search

        _raw_web_search = d.pop("web_search", None)
        try:
            web_search = HostedToolPermission.from_dict(_raw_web_search)

        except LENIENT_ERRORS:
            web_search = _raw_web_search

        _raw_image_generation = d.pop("image_generation", None)
        try:
            image_generation = HostedToolPermission.from_dict(_raw_image_generation)

        except LENIENT_ERRORS:
            image_generation = _raw_image_generation

        _raw_mcp = d.pop("mcp", None)
        try:
            mcp = HostedToolPermission.from_dict(_raw_mcp)

        except LENIENT_ERRORS:
            mcp = _raw_mcp

        _raw_code_interpreter = d.pop("code_interpreter", None)
        try:
            code_interpreter = HostedToolPermission.from_dict(_raw_code_interpreter)

        except LENIENT_ERRORS:
            code_interpreter = _raw_code_interpreter

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.file_search = file_search
        parsed_obj_.web_search = web_search
        parsed_obj_.image_generation = image_generation
        parsed_obj_.mcp = mcp
        parsed_obj_.code_interpreter = code_interpreter
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
