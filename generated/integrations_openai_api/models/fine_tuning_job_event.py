from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.fine_tuning_job_event_level import (
    FineTuningJobEventLevel,
)
from ..models.fine_tuning_job_event_type import (
    FineTuningJobEventType,
)

if TYPE_CHECKING:
    from ..models.fine_tuning_job_event_data import FineTuningJobEventData

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FineTuningJobEventData
    from ..models.fine_tuning_job_event_data import FineTuningJobEventData  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class FineTuningJobEvent(ApiModel):
    """Fine-tuning job event object"""

    id: str
    """ The object identifier. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the fine-tuning job was created. """

    level: FineTuningJobEventLevel | str
    """ The log level of the event. """

    message: str
    """ The message of the event. """

    object: Literal["fine_tuning.job.event"] = "fine_tuning.job.event"
    """ The object type, which is always "fine_tuning.job.event". """

    type: FineTuningJobEventType | str | None = ABSENT
    """ The type of event. """

    data: FineTuningJobEventData | None = ABSENT
    """ The data associated with the event. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("level", "level"),
        ("message", "message"),
        ("object", "object"),
        ("data", "data"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['fine_tuning.job.event']",
        "id": "str",
        "created_at": "int",
        "level": "FineTuningJobEventLevel",
        "message": "str",
        "type": "FineTuningJobEventType | Unset",
        "data": "FineTuningJobEventData | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("fine_tuning.job.event",),
        "level": (
            "error",
            "info",
            "warn",
        ),
        "type": (
            "message",
            "metrics",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "created_at",
        "level",
        "message",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "created_at",
            "level",
            "message",
            "type",
            "data",
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
        value_3 = self.level
        if value_3 is None:
            if "level" in present:
                out["level"] = None
        else:
            out["level"] = value_3
        value_4 = self.message
        if value_4 is None:
            if "message" in present:
                out["message"] = None
        else:
            out["message"] = value_4
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
        value_6 = self.data
        if value_6 is None:
            if "data" in present:
                out["data"] = None
        else:
            out["data"] = to_json(value_6)
        value_7 = self.type
        if value_7 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_7
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
        parsed_obj_.object = get_("object")
        parsed_obj_.id = get_("id")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.level = get_("level")
        parsed_obj_.message = get_("message")
        parsed_obj_.type = get_("type")
        data = get_("data")
        if data is not None:
            try:
                data = (
                    FineTuningJobEventData._from_dict_(data)
                    if data.__class__ is dict
                    else FineTuningJobEventData.from_dict(data)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.data = data
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
