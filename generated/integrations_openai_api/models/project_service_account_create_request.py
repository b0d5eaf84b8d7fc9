from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class ProjectServiceAccountCreateRequest(ApiModel):
    name: str
    """ The name of the service account being created. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("name", "name"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("name",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("name",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        name = d.pop("name", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = name
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
