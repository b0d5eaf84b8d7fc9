from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class DeleteEvalResponse(ApiModel):
    object: str

    deleted: bool

    eval_id: str

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("deleted", "deleted"),
        ("eval_id", "eval_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "str",
        "deleted": "bool",
        "eval_id": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "deleted",
        "eval_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "deleted",
            "eval_id",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        object_ = d.pop("object", None)

        deleted = d.pop("deleted", None)

        eval_id = d.pop("eval_id", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.deleted = deleted
        parsed_obj_.eval_id = eval_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
