from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class SpeechAudioDoneEventUsage(ApiModel):
    """Token usage statistics for the request."""

    input_tokens: int
    """ Number of input tokens in the prompt. """

    output_tokens: int
    """ Number of output tokens generated. """

    total_tokens: int
    """ Total number of tokens used (input + output). """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_tokens", "input_tokens"),
        ("output_tokens", "output_tokens"),
        ("total_tokens", "total_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "input_tokens": "int",
        "output_tokens": "int",
        "total_tokens": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "input_tokens",
        "output_tokens",
        "total_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input_tokens",
            "output_tokens",
            "total_tokens",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        input_tokens = d.pop("input_tokens", None)

        output_tokens = d.pop("output_tokens", None)

        total_tokens = d.pop("total_tokens", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.input_tokens = input_tokens
        parsed_obj_.output_tokens = output_tokens
        parsed_obj_.total_tokens = total_tokens
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
