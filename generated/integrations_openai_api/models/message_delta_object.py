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
    from ..models.message_delta_object_delta import MessageDeltaObjectDelta

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MessageDeltaObjectDelta
    from ..models.message_delta_object_delta import MessageDeltaObjectDelta  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class MessageDeltaObject(ApiModel):
    """Represents a message delta i.e. any changed fields on a message during streaming."""

    id: str
    """ The identifier of the message, which can be referenced in API endpoints. """

    delta: MessageDeltaObjectDelta
    """ The delta containing the fields that have changed on the Message. """

    object: Literal["thread.message.delta"] = "thread.message.delta"
    """ The object type, which is always `thread.message.delta`. """

    _sdk_name_: ClassVar[str] = "MessageDeltaEvent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("delta", "delta"),
        ("object", "object"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['thread.message.delta']",
        "delta": "MessageDeltaObjectDelta",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("thread.message.delta",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "delta",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "delta",
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
        value_2 = self.delta
        if value_2 is None:
            if "delta" in present:
                out["delta"] = None
        else:
            out["delta"] = to_json(value_2)
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
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
        delta = get_("delta")
        if delta is not None:
            try:
                delta = (
                    MessageDeltaObjectDelta._from_dict_(delta)
                    if delta.__class__ is dict
                    else MessageDeltaObjectDelta.from_dict(delta)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.delta = delta
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
