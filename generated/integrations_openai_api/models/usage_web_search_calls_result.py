from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.costs_result_api_source import CostsResultApiSource, check_costs_result_api_source
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_api_source(data: object) -> CostsResultApiSource | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        api_source_type_0 = check_costs_result_api_source(data)

        return api_source_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CostsResultApiSource | None | Unset", data)


@_attrs_define(repr=False)
class UsageWebSearchCallsResult(ApiModel):
    """The aggregated web search calls usage details of the specific time bucket."""

    num_model_requests: int
    """ The count of model requests. """

    num_requests: int
    """ The count of web search calls. """

    object: Literal["organization.usage.web_searches.result"] = (
        "organization.usage.web_searches.result"
    )

    project_id: str | None = ABSENT

    user_id: str | None = ABSENT

    api_key_id: str | None = ABSENT

    model: str | None = ABSENT

    context_level: str | None = ABSENT

    api_source: CostsResultApiSource | str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationUsageWebSearchesResult` has it (the live
    API sends it). Reads None when absent. """

    _sdk_name_: ClassVar[str] = "DataResultOrganizationUsageWebSearchesResult"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("num_model_requests", "num_model_requests"),
        ("num_requests", "num_requests"),
        ("object", "object"),
        ("api_key_id", "api_key_id"),
        ("api_source", "api_source"),
        ("context_level", "context_level"),
        ("model", "model"),
        ("project_id", "project_id"),
        ("user_id", "user_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.usage.web_searches.result']",
        "num_model_requests": "int",
        "num_requests": "int",
        "project_id": "None | str | Unset",
        "user_id": "None | str | Unset",
        "api_key_id": "None | str | Unset",
        "model": "None | str | Unset",
        "context_level": "None | str | Unset",
        "api_source": "CostsResultApiSource | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.usage.web_searches.result",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "num_model_requests",
        "num_requests",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "num_model_requests",
            "num_requests",
            "project_id",
            "user_id",
            "api_key_id",
            "model",
            "context_level",
            "api_source",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.num_model_requests
        if value_1 is None:
            if "num_model_requests" in present:
                out["num_model_requests"] = None
        else:
            out["num_model_requests"] = value_1
        value_2 = self.num_requests
        if value_2 is None:
            if "num_requests" in present:
                out["num_requests"] = None
        else:
            out["num_requests"] = value_2
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
        value_5 = self.api_source
        if value_5 is None:
            if "api_source" in present:
                out["api_source"] = None
        else:
            out["api_source"] = to_json(value_5)
        value_6 = self.context_level
        if value_6 is None:
            if "context_level" in present:
                out["context_level"] = None
        else:
            out["context_level"] = to_json(value_6)
        value_7 = self.model
        if value_7 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_7)
        value_8 = self.project_id
        if value_8 is None:
            if "project_id" in present:
                out["project_id"] = None
        else:
            out["project_id"] = to_json(value_8)
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
        parsed_obj_.num_model_requests = get_("num_model_requests")
        parsed_obj_.num_requests = get_("num_requests")
        parsed_obj_.project_id = get_("project_id")
        parsed_obj_.user_id = get_("user_id")
        parsed_obj_.api_key_id = get_("api_key_id")
        parsed_obj_.model = get_("model")
        parsed_obj_.context_level = get_("context_level")
        _raw_api_source = get_("api_source", UNSET)
        if _raw_api_source is not None and _raw_api_source is not UNSET:
            try:
                api_source = _parse_api_source(_raw_api_source)

            except LENIENT_ERRORS:
                api_source = _raw_api_source
        else:
            api_source = _raw_api_source
        parsed_obj_.api_source = None if isinstance(api_source, Unset) else api_source
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
