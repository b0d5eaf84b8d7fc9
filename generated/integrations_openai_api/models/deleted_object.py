from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class DeletedObject(ApiModel):
    """The deletion confirmation of a DELETE whose spec declares no body: the `id`, the `object` type and `deleted`; any
    other field the server sends is kept.

    """

    id: str | None = ABSENT
    """ The ID of the deleted object. """

    object: str | None = ABSENT
    """ The deleted object's type. """

    deleted: bool | None = ABSENT
    """ Whether the object was deleted. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object", "object"),
        ("deleted", "deleted"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str | Unset",
        "object": "str | Unset",
        "deleted": "bool | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "deleted",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        object_ = d.pop("object", None)

        deleted = d.pop("deleted", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.object = object_
        parsed_obj_.deleted = deleted
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
