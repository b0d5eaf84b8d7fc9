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
    from ..models.realtime_beta_server_event_error_error import RealtimeBetaServerEventErrorError

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeBetaServerEventErrorError
    from ..models.realtime_beta_server_event_error_error import RealtimeBetaServerEventErrorError  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeServerEventError(ApiModel):
    """Returned when an error occurs, which could be a client problem or a server
    problem. Most errors are recoverable and the session will stay open, we
    recommend to implementors to monitor and log error messages by default.

    """

    event_id: str
    """ The unique ID of the server event. """

    error: RealtimeBetaServerEventErrorError
    """ Details of the error. """

    type: Literal["error"] = "error"
    """ The event type, must be `error`. """

    _sdk_name_: ClassVar[str] = "RealtimeErrorEvent"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "error": {"RealtimeBetaServerEventErrorError": "RealtimeError"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error", "error"),
        ("event_id", "event_id"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event_id": "str",
        "type": "Literal['error']",
        "error": "RealtimeBetaServerEventErrorError",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("error",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "error",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "error",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.error
        if value_1 is None:
            if "error" in present:
                out["error"] = None
        else:
            out["error"] = to_json(value_1)
        value_2 = self.event_id
        if value_2 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
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
        parsed_obj_.event_id = get_("event_id")
        parsed_obj_.type = get_("type")
        error = get_("error")
        if error is not None:
            try:
                error = (
                    RealtimeBetaServerEventErrorError._from_dict_(error)
                    if error.__class__ is dict
                    else RealtimeBetaServerEventErrorError.from_dict(error)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.error = error
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
