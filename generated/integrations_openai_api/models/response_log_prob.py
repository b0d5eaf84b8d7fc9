from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

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

if TYPE_CHECKING:
    from ..models.response_log_prob_top_logprobs_item import ResponseLogProbTopLogprobsItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseLogProbTopLogprobsItem
    from ..models.response_log_prob_top_logprobs_item import ResponseLogProbTopLogprobsItem  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ResponseLogProb(ApiModel):
    """A logprob is the logarithmic probability that the model assigns to producing
    a particular token at a given position in the sequence. Less-negative (higher)
    logprob values indicate greater model confidence in that token choice.

    """

    token: str
    """ A possible text token. """

    logprob: float
    """ The log probability of this token.
     """

    top_logprobs: list[ResponseLogProbTopLogprobsItem] | None = ABSENT
    """ The log probabilities of up to 20 of the most likely tokens.
     """

    _sdk_name_: ClassVar[str] = "Logprob"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("token", "token"),
        ("logprob", "logprob"),
        ("top_logprobs", "top_logprobs"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "token": "str",
        "logprob": "float",
        "top_logprobs": "list[ResponseLogProbTopLogprobsItem] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "token",
        "logprob",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "token",
            "logprob",
            "top_logprobs",
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
        value_2 = self.logprob
        if value_2 is None:
            if "logprob" in present:
                out["logprob"] = None
        else:
            out["logprob"] = value_2
        value_3 = self.top_logprobs
        if value_3 is None:
            if "top_logprobs" in present:
                out["top_logprobs"] = None
        else:
            out["top_logprobs"] = to_json(value_3)
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
        parsed_obj_.token = get_("token")
        parsed_obj_.logprob = as_float(get_("logprob"))
        _raw_top_logprobs = get_("top_logprobs", UNSET)
        try:
            _top_logprobs = _raw_top_logprobs
            top_logprobs: list[ResponseLogProbTopLogprobsItem] | Unset = UNSET
            if _top_logprobs is not UNSET:
                if not isinstance(_top_logprobs, list):
                    raise TypeError()
                top_logprobs = []
                for top_logprobs_item_data in _top_logprobs:
                    try:
                        top_logprobs_item = (
                            ResponseLogProbTopLogprobsItem._from_dict_(top_logprobs_item_data)
                            if top_logprobs_item_data.__class__ is dict
                            else ResponseLogProbTopLogprobsItem.from_dict(top_logprobs_item_data)
                        )
                    except LENIENT_ERRORS:
                        top_logprobs_item = top_logprobs_item_data
                    top_logprobs.append(top_logprobs_item)

        except LENIENT_ERRORS:
            top_logprobs = _raw_top_logprobs
        parsed_obj_.top_logprobs = None if isinstance(top_logprobs, Unset) else top_logprobs
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
