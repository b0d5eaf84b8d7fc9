from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class FineTuningCheckpointPermission(ApiModel):
    """The `checkpoint.permission` object represents a permission for a fine-tuned model checkpoint."""

    id: str
    """ The permission identifier, which can be referenced in the API endpoints. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the permission was created. """

    project_id: str
    """ The project identifier that the permission is for. """

    object: Literal["checkpoint.permission"] = "checkpoint.permission"
    """ The object type, which is always "checkpoint.permission". """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("object", "object"),
        ("project_id", "project_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "created_at": "int",
        "project_id": "str",
        "object": "Literal['checkpoint.permission']",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("checkpoint.permission",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "created_at",
        "project_id",
        "object",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "created_at",
            "project_id",
            "object",
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
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        value_4 = self.project_id
        if value_4 is None:
            if "project_id" in present:
                out["project_id"] = None
        else:
            out["project_id"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        created_at = d.pop("created_at", None)

        project_id = d.pop("project_id", None)

        object_ = d.pop("object", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.created_at = created_at
        parsed_obj_.project_id = project_id
        parsed_obj_.object = object_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
