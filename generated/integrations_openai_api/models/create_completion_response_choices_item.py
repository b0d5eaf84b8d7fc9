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
from ..models.create_completion_response_choices_item_finish_reason import (
    CreateCompletionResponseChoicesItemFinishReason,
)

if TYPE_CHECKING:
    from ..models.create_completion_response_choices_item_logprobs import (
        CreateCompletionResponseChoicesItemLogprobs,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateCompletionResponseChoicesItemLogprobs
    from ..models.create_completion_response_choices_item_logprobs import (
        CreateCompletionResponseChoicesItemLogprobs,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_logprobs(data: object) -> CreateCompletionResponseChoicesItemLogprobs | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return CreateCompletionResponseChoicesItemLogprobs._from_dict_(data)
    return cast("CreateCompletionResponseChoicesItemLogprobs | None", data)


@_attrs_define(repr=False)
class CreateCompletionResponseChoicesItem(ApiModel):
    finish_reason: CreateCompletionResponseChoicesItemFinishReason | str
    """ The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or
    a provided stop sequence,
    `length` if the maximum number of tokens specified in the request was reached,
    or `content_filter` if content was omitted due to a flag from our content filters.
     """

    index: int

    text: str

    logprobs: CreateCompletionResponseChoicesItemLogprobs | None = ABSENT

    _sdk_name_: ClassVar[str] = "CompletionChoice"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("finish_reason", "finish_reason"),
        ("index", "index"),
        ("logprobs", "logprobs"),
        ("text", "text"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "finish_reason": "CreateCompletionResponseChoicesItemFinishReason",
        "index": "int",
        "logprobs": "CreateCompletionResponseChoicesItemLogprobs | None",
        "text": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "finish_reason": (
            "content_filter",
            "length",
            "stop",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "finish_reason",
        "index",
        "logprobs",
        "text",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "finish_reason",
            "index",
            "logprobs",
            "text",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.finish_reason
        if value_1 is None:
            if "finish_reason" in present:
                out["finish_reason"] = None
        else:
            out["finish_reason"] = value_1
        value_2 = self.index
        if value_2 is None:
            if "index" in present:
                out["index"] = None
        else:
            out["index"] = value_2
        value_3 = self.logprobs
        if value_3 is None:
            if "logprobs" in present:
                out["logprobs"] = None
        else:
            out["logprobs"] = to_json(value_3)
        value_4 = self.text
        if value_4 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_4
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
        parsed_obj_.finish_reason = get_("finish_reason")
        parsed_obj_.index = get_("index")
        _raw_logprobs = get_("logprobs", None)
        if _raw_logprobs is not None:
            try:
                logprobs = _parse_logprobs(_raw_logprobs)

            except LENIENT_ERRORS:
                logprobs = _raw_logprobs
        else:
            logprobs = _raw_logprobs
        parsed_obj_.logprobs = logprobs
        parsed_obj_.text = get_("text")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
