from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class TranscriptTextDeltaEventLogprobsItem(ApiModel):
    token: str | None = ABSENT
    """ The token that was used to generate the log probability.
     """

    logprob: float | None = ABSENT
    """ The log probability of the token.
     """

    bytes: list[int] | None = ABSENT
    """ The bytes that were used to generate the log probability.
     """

    _sdk_name_: ClassVar[str] = "Logprob"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("token", "token"),
        ("bytes", "bytes"),
        ("logprob", "logprob"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "token": "str | Unset",
        "logprob": "float | Unset",
        "bytes": "list[int] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "token",
            "logprob",
            "bytes",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.token
        if value_1 is None:
            if "token" in present:
                out["token"] = None
        else:
            out["token"] = value_1
        value_2 = self.bytes
        if value_2 is None:
            if "bytes" in present:
                out["bytes"] = None
        else:
            out["bytes"] = to_json(value_2)
        value_3 = self.logprob
        if value_3 is None:
            if "logprob" in present:
                out["logprob"] = None
        else:
            out["logprob"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.token = get_("token")
        parsed_obj_.logprob = as_float(get_("logprob"))
        _raw_bytes_ = get_("bytes", UNSET)
        try:
            bytes_ = cast("list[int]", _raw_bytes_)

        except LENIENT_ERRORS:
            bytes_ = _raw_bytes_
        parsed_obj_.bytes = None if isinstance(bytes_, Unset) else bytes_
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
