from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class UsageImagesResult(ApiModel):
    """The aggregated images usage details of the specific time bucket."""

    images: int
    """ The number of images processed. """

    num_model_requests: int
    """ The count of requests made to the model. """

    object: Literal["organization.usage.images.result"] = "organization.usage.images.result"

    source: str | None = ABSENT

    size: str | None = ABSENT

    project_id: str | None = ABSENT

    user_id: str | None = ABSENT

    api_key_id: str | None = ABSENT

    model: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "DataResultOrganizationUsageImagesResult"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("images", "images"),
        ("num_model_requests", "num_model_requests"),
        ("object", "object"),
        ("api_key_id", "api_key_id"),
        ("model", "model"),
        ("project_id", "project_id"),
        ("size", "size"),
        ("source", "source"),
        ("user_id", "user_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.usage.images.result']",
        "images": "int",
        "num_model_requests": "int",
        "source": "None | str | Unset",
        "size": "None | str | Unset",
        "project_id": "None | str | Unset",
        "user_id": "None | str | Unset",
        "api_key_id": "None | str | Unset",
        "model": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.usage.images.result",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "images",
        "num_model_requests",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "images",
            "num_model_requests",
            "source",
            "size",
            "project_id",
            "user_id",
            "api_key_id",
            "model",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.images
        if value_1 is None:
            if "images" in present:
                out["images"] = None
        else:
            out["images"] = value_1
        value_2 = self.num_model_requests
        if value_2 is None:
            if "num_model_requests" in present:
                out["num_model_requests"] = None
        else:
            out["num_model_requests"] = value_2
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        value_4 = self.api_key_id
        if value_4 is None:
            if "api_key_id" in present:
                out["api_key_id"] = None
        else:
            out["api_key_id"] = to_json(value_4)
        value_5 = self.model
        if value_5 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_5)
        value_6 = self.project_id
        if value_6 is None:
            if "project_id" in present:
                out["project_id"] = None
        else:
            out["project_id"] = to_json(value_6)
        value_7 = self.size
        if value_7 is None:
            if "size" in present:
                out["size"] = None
        else:
            out["size"] = to_json(value_7)
        value_8 = self.source
        if value_8 is None:
            if "source" in present:
                out["source"] = None
        else:
            out["source"] = to_json(value_8)
        value_9 = self.user_id
        if value_9 is None:
            if "user_id" in present:
                out["user_id"] = None
        else:
            out["user_id"] = to_json(value_9)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = get_("object")
        parsed_obj_.images = get_("images")
        parsed_obj_.num_model_requests = get_("num_model_requests")
        parsed_obj_.source = get_("source")
        parsed_obj_.size = get_("size")
        parsed_obj_.project_id = get_("project_id")
        parsed_obj_.user_id = get_("user_id")
        parsed_obj_.api_key_id = get_("api_key_id")
        parsed_obj_.model = get_("model")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
