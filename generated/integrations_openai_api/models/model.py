from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class Model(ApiModel):
    """Describes an OpenAI model offering that can be used with the API."""

    id: str
    """ The model identifier, which can be referenced in the API endpoints. """

    created: int
    """ The Unix timestamp (in seconds) when the model was created. """

    owned_by: str
    """ The organization that owns the model. """

    object: Literal["model"] = "model"
    """ The object type, which is always "model". """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created", "created"),
        ("object", "object"),
        ("owned_by", "owned_by"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "created": "int",
        "object": "Literal['model']",
        "owned_by": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("model",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "created",
        "object",
        "owned_by",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "created",
            "object",
            "owned_by",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        created = d.pop("created", None)

        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["model"]', _raw_object_)
            if object_ != "model":
                raise ValueError(f"object must match const 'model', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        owned_by = d.pop("owned_by", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.created = created
        parsed_obj_.object = object_
        parsed_obj_.owned_by = owned_by
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
