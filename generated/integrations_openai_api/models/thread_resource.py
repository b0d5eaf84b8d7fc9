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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class ThreadResource(ApiModel):
    """Represents a ChatKit thread and its current status."""

    id: str
    """ Identifier of the thread. """

    created_at: int
    """ Unix timestamp (in seconds) for when the thread was created. """

    status: ActiveStatus | ClosedStatus | LockedStatus | UnknownVariant
    """ Current status for the thread. Defaults to `active` for newly created threads. """

    user: str
    """ Free-form string that identifies your end user who owns the thread. """

    object: Literal["chatkit.thread"] = "chatkit.thread"
    """ Type discriminator that is always `chatkit.thread`. """

    title: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "ChatKitThread"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("object", "object"),
        ("status", "status"),
        ("title", "title"),
        ("user", "user"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['chatkit.thread']",
        "created_at": "int",
        "title": "None | str",
        "status": "ActiveStatus | ClosedStatus | LockedStatus",
        "user": "str",
    }
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
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        value_4 = self.status
        if value_4 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = to_json(value_4)
        value_5 = self.title
        if value_5 is None:
            if "title" in present:
                out["title"] = None
        else:
            out["title"] = to_json(value_5)
        value_6 = self.user
        if value_6 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = value_6
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
        parsed_obj_.title = get_("title")
        _raw_status = get_("status", None)
        try:
            status = _parse_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status
        parsed_obj_.status = status
        parsed_obj_.user = get_("user")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
