from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_project_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class UsageVectorStoresResult(ApiModel):
    """The aggregated vector stores usage details of the specific time bucket."""

    usage_bytes: int
    """ The vector stores usage in bytes. """

    object: Literal["organization.usage.vector_stores.result"] = (
        "organization.usage.vector_stores.result"
    )

    project_id: str | None = ABSENT

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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["organization.usage.vector_stores.result"]', _raw_object_)
            if object_ != "organization.usage.vector_stores.result":
                raise ValueError(
                    f"object must match const 'organization.usage.vector_stores.result', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        usage_bytes = d.pop("usage_bytes", None)

        _raw_project_id = d.pop("project_id", UNSET)
        try:
            project_id = _parse_project_id(_raw_project_id)

        except LENIENT_ERRORS:
            project_id = _raw_project_id

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.usage_bytes = usage_bytes
        parsed_obj_.project_id = None if isinstance(project_id, Unset) else project_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
