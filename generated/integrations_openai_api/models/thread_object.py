from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_2 import Metadata2
    from ..models.modify_thread_request_tool_resources import ModifyThreadRequestToolResources

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Metadata2, ModifyThreadRequestToolResources
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.modify_thread_request_tool_resources import ModifyThreadRequestToolResources  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ThreadObject")


def _parse_tool_resources(data: object) -> ModifyThreadRequestToolResources | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return ModifyThreadRequestToolResources.from_dict(data)
    return cast("ModifyThreadRequestToolResources | None", data)


def _parse_metadata(data: object) -> Metadata2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None", data)


@_attrs_define
class ThreadObject:
    """Represents a thread that contains [messages](/docs/api-reference/messages)."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the thread was created. """
    tool_resources: ModifyThreadRequestToolResources | None
    metadata: Metadata2 | None
    object_: Literal["thread"] = "thread"
    """ The object type, which is always `thread`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("thread",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "tool_resources",
        "metadata",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "tool_resources",
            "metadata",
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
        if not isinstance(self.tool_resources, Unset):
            field_dict["tool_resources"] = to_json(self.tool_resources)
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = to_json(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"ThreadObject: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['thread']", _raw_object_)
            if object_ != "thread":
                raise ValueError(f"object must match const 'thread', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        created_at = d.pop("created_at", UNSET)

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

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            tool_resources=tool_resources,
            metadata=metadata,
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
