from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_output(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class RunStepDeltaStepDetailsToolCallsFunctionObjectFunction(ApiModel):
    """The definition of the function that was called."""

    name: str | None = ABSENT
    """ The name of the function. """

    arguments: str | None = ABSENT
    """ The arguments passed to the function. """

    output: str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("arguments", "arguments"),
        ("output", "output"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str | Unset",
        "arguments": "str | Unset",
        "output": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "arguments",
            "output",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        name = d.pop("name", None)

        arguments = d.pop("arguments", None)

        _raw_output = d.pop("output", UNSET)
        try:
            output = _parse_output(_raw_output)

        except LENIENT_ERRORS:
            output = _raw_output

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = name
        parsed_obj_.arguments = arguments
        parsed_obj_.output = None if isinstance(output, Unset) else output
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
