from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class CreateEmbeddingResponseUsage(ApiModel):
    """The usage information for the request."""

    prompt_tokens: int
    """ The number of tokens used by the prompt. """

    total_tokens: int
    """ The total number of tokens used by the request. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("prompt_tokens", "prompt_tokens"),
        ("total_tokens", "total_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "prompt_tokens": "int",
        "total_tokens": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "prompt_tokens",
        "total_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "prompt_tokens",
            "total_tokens",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        prompt_tokens = d.pop("prompt_tokens", None)

        total_tokens = d.pop("total_tokens", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.prompt_tokens = prompt_tokens
        parsed_obj_.total_tokens = total_tokens
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
