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
    from ..models.run_step_details_message_creation_object_message_creation import (
        RunStepDetailsMessageCreationObjectMessageCreation,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunStepDetailsMessageCreationObjectMessageCreation
    from ..models.run_step_details_message_creation_object_message_creation import (
        RunStepDetailsMessageCreationObjectMessageCreation,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RunStepDetailsMessageCreationObject(ApiModel):
    """Details of the message creation by the run step."""

    message_creation: RunStepDetailsMessageCreationObjectMessageCreation

    type: Literal["message_creation"] = "message_creation"
    """ Always `message_creation`. """

    _sdk_name_: ClassVar[str] = "MessageCreationStepDetails"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message_creation", "message_creation"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['message_creation']",
        "message_creation": "RunStepDetailsMessageCreationObjectMessageCreation",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("message_creation",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "message_creation",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "message_creation",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.message_creation
        if value_1 is None:
            if "message_creation" in present:
                out["message_creation"] = None
        else:
            out["message_creation"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
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
        parsed_obj_.type = get_("type")
        message_creation = get_("message_creation")
        if message_creation is not None:
            try:
                message_creation = (
                    RunStepDetailsMessageCreationObjectMessageCreation._from_dict_(message_creation)
                    if message_creation.__class__ is dict
                    else RunStepDetailsMessageCreationObjectMessageCreation.from_dict(
                        message_creation
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.message_creation = message_creation
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
