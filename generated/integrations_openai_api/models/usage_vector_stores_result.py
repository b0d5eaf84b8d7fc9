from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class UsageVectorStoresResult(ApiModel):
    """The aggregated vector stores usage details of the specific time bucket."""

    usage_bytes: int
    """ The vector stores usage in bytes. """

    object: Literal["organization.usage.vector_stores.result"] = (
        "organization.usage.vector_stores.result"
    )

    project_id: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "DataResultOrganizationUsageVectorStoresResult"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("usage_bytes", "usage_bytes"),
        ("project_id", "project_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.usage.vector_stores.result']",
        "usage_bytes": "int",
        "project_id": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.usage.vector_stores.result",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "usage_bytes",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "usage_bytes",
            "project_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.object
        if value_1 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_1
        value_2 = self.usage_bytes
        if value_2 is None:
            if "usage_bytes" in present:
                out["usage_bytes"] = None
        else:
            out["usage_bytes"] = value_2
        value_3 = self.project_id
        if value_3 is None:
            if "project_id" in present:
                out["project_id"] = None
        else:
            out["project_id"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        object_ = d.pop("object", None)

        usage_bytes = d.pop("usage_bytes", None)

        project_id = d.pop("project_id", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.usage_bytes = usage_bytes
        parsed_obj_.project_id = project_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
