from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.webhook_batch_cancelled_data import WebhookBatchCancelledData

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, WebhookBatchCancelledData
    from ..models.webhook_batch_cancelled_data import WebhookBatchCancelledData  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class WebhookBatchCompleted(ApiModel):
    """Sent when a batch API request has been completed."""

    created_at: int
    """ The Unix timestamp (in seconds) of when the batch API request was completed.
     """

    id: str
    """ The unique ID of the event.
     """

    data: WebhookBatchCancelledData
    """ Event data payload.
     """

    type: Literal["batch.completed"] = "batch.completed"
    """ The type of the event. Always `batch.completed`.
     """

    object: Literal["event"] | None = "event"
    """ The object of the event. Always `event`.
     """

    _sdk_name_: ClassVar[str] = "BatchCompletedWebhookEvent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("data", "data"),
        ("type", "type"),
        ("object", "object"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "created_at": "int",
        "id": "str",
        "data": "WebhookBatchCancelledData",
        "type": "Literal['batch.completed']",
        "object": "Literal['event'] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("batch.completed",),
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
        value_3 = self.data
        if value_3 is None:
            if "data" in present:
                out["data"] = None
        else:
            out["data"] = to_json(value_3)
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
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
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.id = get_("id")
        data = get_("data")
        if data is not None:
            try:
                data = (
                    WebhookBatchCancelledData._from_dict_(data)
                    if data.__class__ is dict
                    else WebhookBatchCancelledData.from_dict(data)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.data = data
        parsed_obj_.type = get_("type")
        parsed_obj_.object = get_("object")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
