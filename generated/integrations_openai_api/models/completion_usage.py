from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.completion_usage_completion_tokens_details import (
        CompletionUsageCompletionTokensDetails,
    )
    from ..models.completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CompletionUsageCompletionTokensDetails, CompletionUsagePromptTokensDetails
    from ..models.completion_usage_completion_tokens_details import (
        CompletionUsageCompletionTokensDetails,  # noqa: PLC0415
    )
    from ..models.completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CompletionUsage(ApiModel):
    """Usage statistics for the completion request."""

    completion_tokens: int
    """ Number of tokens in the generated completion.

    Server default: `0`. """

    prompt_tokens: int
    """ Number of tokens in the prompt.

    Server default: `0`. """

    total_tokens: int
    """ Total number of tokens used in the request (prompt + completion).

    Server default: `0`. """

    completion_tokens_details: CompletionUsageCompletionTokensDetails | None = ABSENT
    """ Breakdown of tokens used in a completion. """

    prompt_tokens_details: CompletionUsagePromptTokensDetails | None = ABSENT
    """ Breakdown of tokens used in the prompt. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("completion_tokens", "completion_tokens"),
        ("prompt_tokens", "prompt_tokens"),
        ("total_tokens", "total_tokens"),
        ("completion_tokens_details", "completion_tokens_details"),
        ("prompt_tokens_details", "prompt_tokens_details"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "completion_tokens": "int",
        "prompt_tokens": "int",
        "total_tokens": "int",
        "completion_tokens_details": "CompletionUsageCompletionTokensDetails | Unset",
        "prompt_tokens_details": "CompletionUsagePromptTokensDetails | Unset",
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
            "completion_tokens_details",
            "prompt_tokens_details",
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
        value_4 = self.completion_tokens_details
        if value_4 is None:
            if "completion_tokens_details" in present:
                out["completion_tokens_details"] = None
        else:
            out["completion_tokens_details"] = to_json(value_4)
        value_5 = self.prompt_tokens_details
        if value_5 is None:
            if "prompt_tokens_details" in present:
                out["prompt_tokens_details"] = None
        else:
            out["prompt_tokens_details"] = to_json(value_5)
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
        parsed_obj_.completion_tokens = get_("completion_tokens")
        parsed_obj_.prompt_tokens = get_("prompt_tokens")
        parsed_obj_.total_tokens = get_("total_tokens")
        completion_tokens_details = get_("completion_tokens_details")
        if completion_tokens_details is not None:
            try:
                completion_tokens_details = (
                    CompletionUsageCompletionTokensDetails._from_dict_(completion_tokens_details)
                    if completion_tokens_details.__class__ is dict
                    else CompletionUsageCompletionTokensDetails.from_dict(completion_tokens_details)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.completion_tokens_details = completion_tokens_details
        prompt_tokens_details = get_("prompt_tokens_details")
        if prompt_tokens_details is not None:
            try:
                prompt_tokens_details = (
                    CompletionUsagePromptTokensDetails._from_dict_(prompt_tokens_details)
                    if prompt_tokens_details.__class__ is dict
                    else CompletionUsagePromptTokensDetails.from_dict(prompt_tokens_details)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.prompt_tokens_details = prompt_tokens_details
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
