from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class DeleteEvalRunResponse(ApiModel):
    object: str | None = ABSENT

    deleted: bool | None = ABSENT

    run_id: str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("deleted", "deleted"),
        ("run_id", "run_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "str | Unset",
        "deleted": "bool | Unset",
        "run_id": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "deleted",
            "run_id",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        object_ = d.pop("object", None)

        deleted = d.pop("deleted", None)

        run_id = d.pop("run_id", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.deleted = deleted
        parsed_obj_.run_id = run_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
