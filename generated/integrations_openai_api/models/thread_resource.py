from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_status import ActiveStatus
    from ..models.closed_status import ClosedStatus
    from ..models.locked_status import LockedStatus

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ActiveStatus, ClosedStatus, LockedStatus
    from ..models.active_status import ActiveStatus  # noqa: PLC0415
    from ..models.closed_status import ClosedStatus  # noqa: PLC0415
    from ..models.locked_status import LockedStatus  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ThreadResource")


def _parse_title(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_status(data: object) -> ActiveStatus | ClosedStatus | LockedStatus:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ActiveStatus,
                LockedStatus,
                ClosedStatus,
            ),
        )
        if variant is None:
            return cast("ActiveStatus | ClosedStatus | LockedStatus", UnknownVariant(data))
        return cast("ActiveStatus | ClosedStatus | LockedStatus", variant.from_dict(data))
    return cast("ActiveStatus | ClosedStatus | LockedStatus", data)


@_attrs_define
class ThreadResource:
    """Represents a ChatKit thread and its current status."""

    id: str
    """ Identifier of the thread. """
    created_at: int
    """ Unix timestamp (in seconds) for when the thread was created. """
    title: None | str
    status: ActiveStatus | ClosedStatus | LockedStatus
    """ Current status for the thread. Defaults to `active` for newly created threads. """
    user: str
    """ Free-form string that identifies your end user who owns the thread. """
    object_: Literal["chatkit.thread"] = "chatkit.thread"
    """ Type discriminator that is always `chatkit.thread`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("chatkit.thread",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "title",
        "status",
        "user",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "title",
            "status",
            "user",
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
        if not isinstance(self.title, Unset):
            field_dict["title"] = to_json(self.title)
        if not isinstance(self.status, Unset):
            field_dict["status"] = to_json(self.status)
        if not isinstance(self.user, Unset):
            field_dict["user"] = self.user
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ThreadResource: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['chatkit.thread']", _raw_object_)
            if object_ != "chatkit.thread":
                raise ValueError(f"object must match const 'chatkit.thread', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        created_at = d.pop("created_at", UNSET)

        _raw_title = d.pop("title", UNSET)
        try:
            title = _parse_title(_raw_title)

        except LENIENT_ERRORS:
            title = _raw_title

        _raw_status = d.pop("status", UNSET)
        try:
            status = _parse_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        user = d.pop("user", UNSET)

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            title=title,
            status=status,
            user=user,
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
