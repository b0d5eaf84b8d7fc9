from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_image_tag(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class GraderPython(ApiModel):
    """A PythonGrader object that runs a python script on the input."""

    name: str
    """ The name of the grader. """

    source: str
    """ The source code of the python script. """

    type: Literal["python"] = "python"
    """ The object type, which is always `python`. """

    image_tag: str | None = ABSENT
    """ The image tag to use for the python script. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("name", "name"),
        ("source", "source"),
        ("image_tag", "image_tag"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['python']",
        "name": "str",
        "source": "str",
        "image_tag": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("python",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "source",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "source",
            "image_tag",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["python"]', _raw_type_)
            if type_ != "python":
                raise ValueError(f"type must match const 'python', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        name = d.pop("name", None)

        source = d.pop("source", None)

        _raw_image_tag = d.pop("image_tag", UNSET)
        try:
            image_tag = _parse_image_tag(_raw_image_tag)

        except LENIENT_ERRORS:
            image_tag = _raw_image_tag

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.name = name
        parsed_obj_.source = source
        parsed_obj_.image_tag = None if isinstance(image_tag, Unset) else image_tag
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
