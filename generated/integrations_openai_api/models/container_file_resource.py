from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class ContainerFileResource(ApiModel):
    id: str
    """ Unique identifier for the file. """

    object: str
    """ The type of this object (`container.file`). """

    container_id: str
    """ The container this file belongs to. """

    created_at: int
    """ Unix timestamp (in seconds) when the file was created. """

    bytes: int
    """ Size of the file in bytes. """

    path: str
    """ Path of the file in the container. """

    source: str
    """ Source of the file (e.g., `user`, `assistant`). """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object", "object"),
        ("container_id", "container_id"),
        ("created_at", "created_at"),
        ("bytes", "bytes"),
        ("path", "path"),
        ("source", "source"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "str",
        "container_id": "str",
        "created_at": "int",
        "bytes": "int",
        "path": "str",
        "source": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "container_id",
        "created_at",
        "bytes",
        "path",
        "source",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "container_id",
            "created_at",
            "bytes",
            "path",
            "source",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        object_ = d.pop("object", None)

        container_id = d.pop("container_id", None)

        created_at = d.pop("created_at", None)

        bytes_ = d.pop("bytes", None)

        path = d.pop("path", None)

        source = d.pop("source", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.object = object_
        parsed_obj_.container_id = container_id
        parsed_obj_.created_at = created_at
        parsed_obj_.bytes = bytes_
        parsed_obj_.path = path
        parsed_obj_.source = source
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
