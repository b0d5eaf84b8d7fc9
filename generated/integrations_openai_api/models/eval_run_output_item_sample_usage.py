from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class EvalRunOutputItemSampleUsage(ApiModel):
    """Token usage details for the sample."""

    total_tokens: int
    """ The total number of tokens used. """

    completion_tokens: int
    """ The number of completion tokens generated. """

    prompt_tokens: int
    """ The number of prompt tokens used. """

    cached_tokens: int
    """ The number of tokens retrieved from cache. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("total_tokens", "total_tokens"),
        ("completion_tokens", "completion_tokens"),
        ("prompt_tokens", "prompt_tokens"),
        ("cached_tokens", "cached_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "total_tokens": "int",
        "completion_tokens": "int",
        "prompt_tokens": "int",
        "cached_tokens": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "total_tokens",
        "completion_tokens",
        "prompt_tokens",
        "cached_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "total_tokens",
            "completion_tokens",
            "prompt_tokens",
            "cached_tokens",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        total_tokens = d.pop("total_tokens", None)

        completion_tokens = d.pop("completion_tokens", None)

        prompt_tokens = d.pop("prompt_tokens", None)

        cached_tokens = d.pop("cached_tokens", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.total_tokens = total_tokens
        parsed_obj_.completion_tokens = completion_tokens
        parsed_obj_.prompt_tokens = prompt_tokens
        parsed_obj_.cached_tokens = cached_tokens
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
