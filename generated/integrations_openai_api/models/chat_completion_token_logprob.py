from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_token_logprob_top_logprobs_item import (
        ChatCompletionTokenLogprobTopLogprobsItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionTokenLogprobTopLogprobsItem
    from ..models.chat_completion_token_logprob_top_logprobs_item import (
        ChatCompletionTokenLogprobTopLogprobsItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_bytes_(data: object) -> list[int] | None:
    if data is None:
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, int) for item in data)):
            raise TypeError()
        bytes_type_0 = cast("list[int]", data)

        return bytes_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[int] | None", data)


@_attrs_define(repr=False)
class ChatCompletionTokenLogprob(ApiModel):
    token: str
    """ The token. """

    logprob: float
    """ The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value
    `-9999.0` is used to signify that the token is very unlikely. """

    top_logprobs: list[ChatCompletionTokenLogprobTopLogprobsItem]
    """ List of the most likely tokens and their log probability, at this token position. The number of entries may
    be fewer than the requested `top_logprobs`. """

    bytes: list[int] | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("token", "token"),
        ("bytes", "bytes"),
        ("logprob", "logprob"),
        ("top_logprobs", "top_logprobs"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "token": "str",
        "logprob": "float",
        "bytes": "list[int] | None",
        "top_logprobs": "list[ChatCompletionTokenLogprobTopLogprobsItem]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "token",
        "logprob",
        "bytes",
        "top_logprobs",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "token",
            "logprob",
            "bytes",
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
        value_4 = self.top_logprobs
        if value_4 is None:
            if "top_logprobs" in present:
                out["top_logprobs"] = None
        elif value_4 or not isinstance(value_4, AbsentList) or "top_logprobs" in present:
            out["top_logprobs"] = to_json(value_4)
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
        _raw_bytes_ = get_("bytes", None)
        if _raw_bytes_ is not None:
            try:
                bytes_ = _parse_bytes_(_raw_bytes_)

            except LENIENT_ERRORS:
                bytes_ = _raw_bytes_
        else:
            bytes_ = _raw_bytes_
        parsed_obj_.bytes = bytes_
        _raw_top_logprobs = get_("top_logprobs", UNSET)
        try:
            top_logprobs = []
            _top_logprobs = _raw_top_logprobs
            if not isinstance(_top_logprobs, list):
                raise TypeError()
            for top_logprobs_item_data in _top_logprobs:
                try:
                    top_logprobs_item = (
                        ChatCompletionTokenLogprobTopLogprobsItem._from_dict_(
                            top_logprobs_item_data
                        )
                        if top_logprobs_item_data.__class__ is dict
                        else ChatCompletionTokenLogprobTopLogprobsItem.from_dict(
                            top_logprobs_item_data
                        )
                    )
                except LENIENT_ERRORS:
                    top_logprobs_item = top_logprobs_item_data
                top_logprobs.append(top_logprobs_item)

        except LENIENT_ERRORS:
            top_logprobs = _raw_top_logprobs
        parsed_obj_.top_logprobs = AbsentList() if isinstance(top_logprobs, Unset) else top_logprobs
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
