from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel

if TYPE_CHECKING:
    from ..models.thread_object import ThreadObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ThreadObject
    from ..models.thread_object import ThreadObject  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class ThreadStreamEvent(ApiModel):
    """Occurs when a new [thread](/docs/api-reference/threads/object) is created."""

    data: ThreadObject
    """ Represents a thread that contains [messages](/docs/api-reference/messages). """

    event: Literal["thread.created"] = "thread.created"

    enabled: bool | None = ABSENT
    """ Whether to enable input audio transcription. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("event", "event"),
        ("data", "data"),
        ("enabled", "enabled"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event": "Literal['thread.created']",
        "data": "ThreadObject",
        "enabled": "bool | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "event": ("thread.created",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event",
        "data",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event",
            "data",
            "enabled",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_event = d.pop("event", None)
        try:
            event = cast('Literal["thread.created"]', _raw_event)
            if event != "thread.created":
                raise ValueError(f"event must match const 'thread.created', got '{event}'")
        except LENIENT_ERRORS:
            event = _raw_event

        _raw_data = d.pop("data", None)
        try:
            data = ThreadObject.from_dict(_raw_data)

        except LENIENT_ERRORS:
            data = _raw_data

        enabled = d.pop("enabled", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.event = event
        parsed_obj_.data = data
        parsed_obj_.enabled = enabled
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
