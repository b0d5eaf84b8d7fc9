from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hosted_tool_permission_update import HostedToolPermissionUpdate

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, HostedToolPermissionUpdate
    from ..models.hosted_tool_permission_update import HostedToolPermissionUpdate  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ProjectHostedToolPermissionsUpdateRequest")


def _parse_file_search(data: object) -> HostedToolPermissionUpdate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return HostedToolPermissionUpdate.from_dict(data)
    return cast("HostedToolPermissionUpdate | None | Unset", data)


def _parse_web_search(data: object) -> HostedToolPermissionUpdate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return HostedToolPermissionUpdate.from_dict(data)
    return cast("HostedToolPermissionUpdate | None | Unset", data)


def _parse_image_generation(data: object) -> HostedToolPermissionUpdate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return HostedToolPermissionUpdate.from_dict(data)
    return cast("HostedToolPermissionUpdate | None | Unset", data)


def _parse_mcp(data: object) -> HostedToolPermissionUpdate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return HostedToolPermissionUpdate.from_dict(data)
    return cast("HostedToolPermissionUpdate | None | Unset", data)


def _parse_code_interpreter(data: object) -> HostedToolPermissionUpdate | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return HostedToolPermissionUpdate.from_dict(data)
    return cast("HostedToolPermissionUpdate | None | Unset", data)


@_attrs_define
class ProjectHostedToolPermissionsUpdateRequest:
    file_search: HostedToolPermissionUpdate | None | Unset = UNSET
    """ The file search permission update. """
    web_search: HostedToolPermissionUpdate | None | Unset = UNSET
    """ The web search permission update. """
    image_generation: HostedToolPermissionUpdate | None | Unset = UNSET
    """ The image generation permission update. """
    mcp: HostedToolPermissionUpdate | None | Unset = UNSET
    """ The MCP permission update. """
    code_interpreter: HostedToolPermissionUpdate | None | Unset = UNSET
    """ The code interpreter permission update. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.file_search is not UNSET:
            field_dict["file_search"] = to_json(self.file_search)
        if self.web_search is not UNSET:
            field_dict["web_search"] = to_json(self.web_search)
        if self.image_generation is not UNSET:
            field_dict["image_generation"] = to_json(self.image_generation)
        if self.mcp is not UNSET:
            field_dict["mcp"] = to_json(self.mcp)
        if self.code_interpreter is not UNSET:
            field_dict["code_interpreter"] = to_json(self.code_interpreter)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ProjectHostedToolPermissionsUpdateRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_file_search = d.pop("file_search", UNSET)
        try:
            file_search = _parse_file_search(_raw_file_search)

        except LENIENT_ERRORS:
            file_search = _raw_file_search

        _raw_web_search = d.pop("web_search", UNSET)
        try:
            web_search = _parse_web_search(_raw_web_search)

        except LENIENT_ERRORS:
            web_search = _raw_web_search

        _raw_image_generation = d.pop("image_generation", UNSET)
        try:
            image_generation = _parse_image_generation(_raw_image_generation)

        except LENIENT_ERRORS:
            image_generation = _raw_image_generation

        _raw_mcp = d.pop("mcp", UNSET)
        try:
            mcp = _parse_mcp(_raw_mcp)

        except LENIENT_ERRORS:
            mcp = _raw_mcp

        _raw_code_interpreter = d.pop("code_interpreter", UNSET)
        try:
            code_interpreter = _parse_code_interpreter(_raw_code_interpreter)

        except LENIENT_ERRORS:
            code_interpreter = _raw_code_interpreter

        parsed_obj_ = cls(
            file_search=file_search,
            web_search=web_search,
            image_generation=image_generation,
            mcp=mcp,
            code_interpreter=code_interpreter,
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
