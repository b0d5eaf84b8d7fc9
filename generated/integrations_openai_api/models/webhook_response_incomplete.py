from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_response_cancelled_data import WebhookResponseCancelledData

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, WebhookResponseCancelledData
    from ..models.webhook_response_cancelled_data import WebhookResponseCancelledData  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class WebhookResponseIncomplete(ApiModel):
    """Sent when a background response has been interrupted."""

    created_at: int
    """ The Unix timestamp (in seconds) of when the model response was interrupted.
     """

    id: str
    """ The unique ID of the event.
     """

    data: WebhookResponseCancelledData
    """ Event data payload.
     """

    type: Literal["response.incomplete"] = "response.incomplete"
    """ The type of the event. Always `response.incomplete`.
     """

    object: Literal["event"] | None = "event"
    """ The object of the event. Always `event`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "created_at"),
        ("id", "id"),
        ("data", "data"),
        ("type", "type"),
        ("object", "object"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "created_at": "int",
        "id": "str",
        "data": "WebhookResponseCancelledData",
        "type": "Literal['response.incomplete']",
        "object": "Literal['event'] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.incomplete",),
        "object": ("event",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "data",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "created_at",
            "id",
            "data",
            "type",
            "object",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        created_at = d.pop("created_at", None)

        id = d.pop("id", None)

        _raw_data = d.pop("data", None)
        try:
            data = WebhookResponseCancelledData.from_dict(_raw_data)

        except LENIENT_ERRORS:
            data = _raw_data

        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["response.incomplete"]', _raw_type_)
            if type_ != "response.incomplete":
                raise ValueError(f"type must match const 'response.incomplete', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast('Literal["event"] | Unset', _raw_object_)
            if object_ != "event" and not isinstance(object_, Unset):
                raise ValueError(f"object must match const 'event', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.created_at = created_at
        parsed_obj_.id = id
        parsed_obj_.data = data
        parsed_obj_.type = type_
        parsed_obj_.object = None if isinstance(object_, Unset) else object_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
