from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class RunToolCallObjectFunction(ApiModel):
    """The function definition."""

    name: str
    """ The name of the function. """

    arguments: str
    """ The arguments that the model expects you to pass to the function. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("arguments", "arguments"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "arguments": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "name",
        "arguments",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "arguments",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        name = d.pop("name", None)

        arguments = d.pop("arguments", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = name
        parsed_obj_.arguments = arguments
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
