from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_completion_response_choices_item_logprobs_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem
    from ..models.create_completion_response_choices_item_logprobs_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateCompletionResponseChoicesItemLogprobs(ApiModel):
    text_offset: list[int] | None = ABSENT

    token_logprobs: list[float] | None = ABSENT

    tokens: list[str] | None = ABSENT

    top_logprobs: list[CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem] | None = ABSENT

    _sdk_name_: ClassVar[str] = "Logprobs"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text_offset", "text_offset"),
        ("token_logprobs", "token_logprobs"),
        ("tokens", "tokens"),
        ("top_logprobs", "top_logprobs"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "text_offset": "list[int] | Unset",
        "token_logprobs": "list[float] | Unset",
        "tokens": "list[str] | Unset",
        "top_logprobs": "list[CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "text_offset",
            "token_logprobs",
            "tokens",
            "top_logprobs",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.text_offset
        if value_1 is None:
            if "text_offset" in present:
                out["text_offset"] = None
        else:
            out["text_offset"] = to_json(value_1)
        value_2 = self.token_logprobs
        if value_2 is None:
            if "token_logprobs" in present:
                out["token_logprobs"] = None
        else:
            out["token_logprobs"] = to_json(value_2)
        value_3 = self.tokens
        if value_3 is None:
            if "tokens" in present:
                out["tokens"] = None
        else:
            out["tokens"] = to_json(value_3)
        value_4 = self.top_logprobs
        if value_4 is None:
            if "top_logprobs" in present:
                out["top_logprobs"] = None
        else:
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
        _raw_text_offset = get_("text_offset", UNSET)
        try:
            text_offset = cast("list[int]", _raw_text_offset)

        except LENIENT_ERRORS:
            text_offset = _raw_text_offset
        parsed_obj_.text_offset = None if isinstance(text_offset, Unset) else text_offset
        _raw_token_logprobs = get_("token_logprobs", UNSET)
        try:
            token_logprobs = cast("list[float]", _raw_token_logprobs)

        except LENIENT_ERRORS:
            token_logprobs = _raw_token_logprobs
        parsed_obj_.token_logprobs = None if isinstance(token_logprobs, Unset) else token_logprobs
        _raw_tokens = get_("tokens", UNSET)
        try:
            tokens = cast("list[str]", _raw_tokens)

        except LENIENT_ERRORS:
            tokens = _raw_tokens
        parsed_obj_.tokens = None if isinstance(tokens, Unset) else tokens
        _raw_top_logprobs = get_("top_logprobs", UNSET)
        try:
            _top_logprobs = _raw_top_logprobs
            top_logprobs: (
                list[CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem] | Unset
            ) = UNSET
            if _top_logprobs is not UNSET:
                if not isinstance(_top_logprobs, list):
                    raise TypeError()
                top_logprobs = []
                for top_logprobs_item_data in _top_logprobs:
                    try:
                        top_logprobs_item = (
                            CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem._from_dict_(
                                top_logprobs_item_data
                            )
                            if top_logprobs_item_data.__class__ is dict
                            else CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem.from_dict(
                                top_logprobs_item_data
                            )
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
