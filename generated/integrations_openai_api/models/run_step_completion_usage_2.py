from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RunStepCompletionUsage2(ApiModel):
    """Usage statistics related to the run step. This value will be `null` while the run step's status is `in_progress`."""

    completion_tokens: int
    """ Number of completion tokens used over the course of the run step. """

    prompt_tokens: int
    """ Number of prompt tokens used over the course of the run step. """

    total_tokens: int
    """ Total number of tokens used (prompt + completion). """

    _sdk_name_: ClassVar[str] = "Usage"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("completion_tokens", "completion_tokens"),
        ("prompt_tokens", "prompt_tokens"),
        ("total_tokens", "total_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "completion_tokens": "int",
        "prompt_tokens": "int",
        "total_tokens": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "completion_tokens",
        "prompt_tokens",
        "total_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "completion_tokens",
            "prompt_tokens",
            "total_tokens",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.completion_tokens
        if value_1 is None:
            if "completion_tokens" in present:
                out["completion_tokens"] = None
        else:
            out["completion_tokens"] = value_1
        value_2 = self.prompt_tokens
        if value_2 is None:
            if "prompt_tokens" in present:
                out["prompt_tokens"] = None
        else:
            out["prompt_tokens"] = value_2
        value_3 = self.total_tokens
        if value_3 is None:
            if "total_tokens" in present:
                out["total_tokens"] = None
        else:
            out["total_tokens"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.completion_tokens = get_("completion_tokens")
        parsed_obj_.prompt_tokens = get_("prompt_tokens")
        parsed_obj_.total_tokens = get_("total_tokens")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
