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
class ProjectRateLimit(ApiModel):
    """Represents a project rate limit config."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """

    model: str
    """ The model this rate limit applies to. """

    max_requests_per_1_minute: int
    """ The maximum requests per minute. """

    max_tokens_per_1_minute: int
    """ The maximum tokens per minute. """

    object: Literal["project.rate_limit"] = "project.rate_limit"
    """ The object type, which is always `project.rate_limit` """

    max_images_per_1_minute: int | None = ABSENT
    """ The maximum images per minute. Only present for relevant models. """

    max_audio_megabytes_per_1_minute: int | None = ABSENT
    """ The maximum audio megabytes per minute. Only present for relevant models. """

    max_requests_per_1_day: int | None = ABSENT
    """ The maximum requests per day. Only present for relevant models. """

    batch_1_day_max_input_tokens: int | None = ABSENT
    """ The maximum batch input tokens per day. Only present for relevant models. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("max_requests_per_1_minute", "max_requests_per_1_minute"),
        ("max_tokens_per_1_minute", "max_tokens_per_1_minute"),
        ("model", "model"),
        ("object", "object"),
        ("batch_1_day_max_input_tokens", "batch_1_day_max_input_tokens"),
        ("max_audio_megabytes_per_1_minute", "max_audio_megabytes_per_1_minute"),
        ("max_images_per_1_minute", "max_images_per_1_minute"),
        ("max_requests_per_1_day", "max_requests_per_1_day"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['project.rate_limit']",
        "id": "str",
        "model": "str",
        "max_requests_per_1_minute": "int",
        "max_tokens_per_1_minute": "int",
        "max_images_per_1_minute": "int | Unset",
        "max_audio_megabytes_per_1_minute": "int | Unset",
        "max_requests_per_1_day": "int | Unset",
        "batch_1_day_max_input_tokens": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("project.rate_limit",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "model",
        "max_requests_per_1_minute",
        "max_tokens_per_1_minute",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "model",
            "max_requests_per_1_minute",
            "max_tokens_per_1_minute",
            "max_images_per_1_minute",
            "max_audio_megabytes_per_1_minute",
            "max_requests_per_1_day",
            "batch_1_day_max_input_tokens",
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
        value_2 = self.max_requests_per_1_minute
        if value_2 is None:
            if "max_requests_per_1_minute" in present:
                out["max_requests_per_1_minute"] = None
        else:
            out["max_requests_per_1_minute"] = value_2
        value_3 = self.max_tokens_per_1_minute
        if value_3 is None:
            if "max_tokens_per_1_minute" in present:
                out["max_tokens_per_1_minute"] = None
        else:
            out["max_tokens_per_1_minute"] = value_3
        value_4 = self.model
        if value_4 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_4
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
        value_6 = self.batch_1_day_max_input_tokens
        if value_6 is None:
            if "batch_1_day_max_input_tokens" in present:
                out["batch_1_day_max_input_tokens"] = None
        else:
            out["batch_1_day_max_input_tokens"] = value_6
        value_7 = self.max_audio_megabytes_per_1_minute
        if value_7 is None:
            if "max_audio_megabytes_per_1_minute" in present:
                out["max_audio_megabytes_per_1_minute"] = None
        else:
            out["max_audio_megabytes_per_1_minute"] = value_7
        value_8 = self.max_images_per_1_minute
        if value_8 is None:
            if "max_images_per_1_minute" in present:
                out["max_images_per_1_minute"] = None
        else:
            out["max_images_per_1_minute"] = value_8
        value_9 = self.max_requests_per_1_day
        if value_9 is None:
            if "max_requests_per_1_day" in present:
                out["max_requests_per_1_day"] = None
        else:
            out["max_requests_per_1_day"] = value_9
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
        parsed_obj_.id = get_("id")
        parsed_obj_.model = get_("model")
        parsed_obj_.max_requests_per_1_minute = get_("max_requests_per_1_minute")
        parsed_obj_.max_tokens_per_1_minute = get_("max_tokens_per_1_minute")
        parsed_obj_.max_images_per_1_minute = get_("max_images_per_1_minute")
        parsed_obj_.max_audio_megabytes_per_1_minute = get_("max_audio_megabytes_per_1_minute")
        parsed_obj_.max_requests_per_1_day = get_("max_requests_per_1_day")
        parsed_obj_.batch_1_day_max_input_tokens = get_("batch_1_day_max_input_tokens")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
