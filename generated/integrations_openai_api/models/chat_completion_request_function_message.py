from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


def _parse_content(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define(repr=False)
class ChatCompletionRequestFunctionMessage(ApiModel):
    content: str | None

    name: str
    """ The name of the function to call. """

    role: Literal["function"] = "function"
    """ The role of the messages author, in this case `function`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("name", "name"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role": "Literal['function']",
        "content": "None | str",
        "name": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": ("function",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "role",
        "content",
        "name",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "content",
            "name",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_role = d.pop("role", None)
        try:
            role = cast('Literal["function"]', _raw_role)
            if role != "function":
                raise ValueError(f"role must match const 'function', got '{role}'")
        except LENIENT_ERRORS:
            role = _raw_role

        _raw_content = d.pop("content", None)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

        name = d.pop("name", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.role = role
        parsed_obj_.content = content
        parsed_obj_.name = name
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
