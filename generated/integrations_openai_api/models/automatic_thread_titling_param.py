from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class AutomaticThreadTitlingParam(ApiModel):
    """Controls whether ChatKit automatically generates thread titles."""

    enabled: bool | None = ABSENT
    """ Enable automatic thread title generation. Defaults to true. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("enabled", "enabled"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "enabled": "bool | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("enabled",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        enabled = d.pop("enabled", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.enabled = enabled
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
