from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class TokenCountsResource(ApiModel):
    input_tokens: int

    object: Literal["response.input_tokens"] = "response.input_tokens"

    _sdk_name_: ClassVar[str] = "InputTokenCountResponse"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_tokens", "input_tokens"),
        ("object", "object"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['response.input_tokens']",
        "input_tokens": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("response.input_tokens",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "input_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "input_tokens",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input_tokens
        if value_1 is None:
            if "input_tokens" in present:
                out["input_tokens"] = None
        else:
            out["input_tokens"] = value_1
        value_2 = self.object
        if value_2 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        object_ = d.pop("object", None)

        input_tokens = d.pop("input_tokens", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.input_tokens = input_tokens
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
