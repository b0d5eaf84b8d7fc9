from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.object
        if value_2 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_2
        value_3 = self.container_id
        if value_3 is None:
            if "container_id" in present:
                out["container_id"] = None
        else:
            out["container_id"] = value_3
        value_4 = self.created_at
        if value_4 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_4
        value_5 = self.bytes
        if value_5 is None:
            if "bytes" in present:
                out["bytes"] = None
        else:
            out["bytes"] = value_5
        value_6 = self.path
        if value_6 is None:
            if "path" in present:
                out["path"] = None
        else:
            out["path"] = value_6
        value_7 = self.source
        if value_7 is None:
            if "source" in present:
                out["source"] = None
        else:
            out["source"] = value_7
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

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
