from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.inline_skill_source_param import InlineSkillSourceParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, InlineSkillSourceParam
    from ..models.inline_skill_source_param import InlineSkillSourceParam  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class InlineSkillParam(ApiModel):
    name: str
    """ The name of the skill. """

    description: str
    """ The description of the skill. """

    source: InlineSkillSourceParam
    """ Inline skill payload """

    type: Literal["inline"] = "inline"
    """ Defines an inline skill for this request. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("name", "name"),
        ("description", "description"),
        ("source", "source"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['inline']",
        "name": "str",
        "description": "str",
        "source": "InlineSkillSourceParam",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("inline",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "description",
        "source",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "description",
            "source",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["inline"]', _raw_type_)
            if type_ != "inline":
                raise ValueError(f"type must match const 'inline', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        name = d.pop("name", None)

        description = d.pop("description", None)

        _raw_source = d.pop("source", None)
        try:
            source = InlineSkillSourceParam.from_dict(_raw_source)

        except LENIENT_ERRORS:
            source = _raw_source

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.name = name
        parsed_obj_.description = description
        parsed_obj_.source = source
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
