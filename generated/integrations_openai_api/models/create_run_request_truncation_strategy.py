from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_run_request_truncation_strategy_type import (
    CreateRunRequestTruncationStrategyType,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateRunRequestTruncationStrategy(ApiModel):
    type: CreateRunRequestTruncationStrategyType | str
    """ The truncation strategy to use for the thread. The default is `auto`. If set to `last_messages`, the thread
    will be truncated to the n most recent messages in the thread. When set to `auto`, messages in the middle of the
    thread will be dropped to fit the context length of the model, `max_prompt_tokens`. """

    last_messages: int | None = ABSENT

    _sdk_name_: ClassVar[str] = "TruncationStrategy"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("last_messages", "last_messages"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "CreateRunRequestTruncationStrategyType",
        "last_messages": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "auto",
            "last_messages",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "last_messages",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.last_messages
        if value_2 is None:
            if "last_messages" in present:
                out["last_messages"] = None
        else:
            out["last_messages"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.last_messages = get_("last_messages")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
