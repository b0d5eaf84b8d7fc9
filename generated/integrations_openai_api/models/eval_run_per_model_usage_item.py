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
class EvalRunPerModelUsageItem(ApiModel):
    model_name: str
    """ The name of the model. """

    invocation_count: int
    """ The number of invocations. """

    prompt_tokens: int
    """ The number of prompt tokens used. """

    completion_tokens: int
    """ The number of completion tokens generated. """

    total_tokens: int
    """ The total number of tokens used. """

    cached_tokens: int
    """ The number of tokens retrieved from cache. """

    _sdk_name_: ClassVar[str] = "PerModelUsage"
    _sdk_attrs_: ClassVar[dict[str, str]] = {"model_name": "run_model_name"}

    @property
    def run_model_name(self) -> str:
        """`model_name` under the official SDK's name."""
        return self.model_name

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cached_tokens", "cached_tokens"),
        ("completion_tokens", "completion_tokens"),
        ("invocation_count", "invocation_count"),
        ("model_name", "model_name"),
        ("prompt_tokens", "prompt_tokens"),
        ("total_tokens", "total_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "model_name": "str",
        "invocation_count": "int",
        "prompt_tokens": "int",
        "completion_tokens": "int",
        "total_tokens": "int",
        "cached_tokens": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "model_name",
        "invocation_count",
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "cached_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model_name",
            "invocation_count",
            "prompt_tokens",
            "completion_tokens",
            "total_tokens",
            "cached_tokens",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.cached_tokens
        if value_1 is None:
            if "cached_tokens" in present:
                out["cached_tokens"] = None
        else:
            out["cached_tokens"] = value_1
        value_2 = self.completion_tokens
        if value_2 is None:
            if "completion_tokens" in present:
                out["completion_tokens"] = None
        else:
            out["completion_tokens"] = value_2
        value_3 = self.invocation_count
        if value_3 is None:
            if "invocation_count" in present:
                out["invocation_count"] = None
        else:
            out["invocation_count"] = value_3
        value_4 = self.model_name
        if value_4 is None:
            if "model_name" in present:
                out["model_name"] = None
        else:
            out["model_name"] = value_4
        value_5 = self.prompt_tokens
        if value_5 is None:
            if "prompt_tokens" in present:
                out["prompt_tokens"] = None
        else:
            out["prompt_tokens"] = value_5
        value_6 = self.total_tokens
        if value_6 is None:
            if "total_tokens" in present:
                out["total_tokens"] = None
        else:
            out["total_tokens"] = value_6
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.model_name = get_("model_name")
        parsed_obj_.invocation_count = get_("invocation_count")
        parsed_obj_.prompt_tokens = get_("prompt_tokens")
        parsed_obj_.completion_tokens = get_("completion_tokens")
        parsed_obj_.total_tokens = get_("total_tokens")
        parsed_obj_.cached_tokens = get_("cached_tokens")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
