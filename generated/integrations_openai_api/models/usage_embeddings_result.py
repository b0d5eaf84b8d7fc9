from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_project_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_user_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_api_key_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_model(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class UsageEmbeddingsResult(ApiModel):
    """The aggregated embeddings usage details of the specific time bucket."""

    input_tokens: int
    """ The aggregated number of input tokens used. """

    num_model_requests: int
    """ The count of requests made to the model. """

    object: Literal["organization.usage.embeddings.result"] = "organization.usage.embeddings.result"

    project_id: str | None = ABSENT

    user_id: str | None = ABSENT

    api_key_id: str | None = ABSENT

    model: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "DataResultOrganizationUsageEmbeddingsResult"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_tokens", "input_tokens"),
        ("num_model_requests", "num_model_requests"),
        ("object", "object"),
        ("api_key_id", "api_key_id"),
        ("model", "model"),
        ("project_id", "project_id"),
        ("user_id", "user_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.usage.embeddings.result']",
        "input_tokens": "int",
        "num_model_requests": "int",
        "project_id": "None | str | Unset",
        "user_id": "None | str | Unset",
        "api_key_id": "None | str | Unset",
        "model": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.usage.embeddings.result",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "input_tokens",
        "num_model_requests",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "input_tokens",
            "num_model_requests",
            "project_id",
            "user_id",
            "api_key_id",
            "model",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input_tokens
        if value_1 is None:
            if "input_tokens" in present:
                out["input_tokens"] = None
        else:
            out["input_tokens"] = value_1
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
        value_7 = self.user_id
        if value_7 is None:
            if "user_id" in present:
                out["user_id"] = None
        else:
            out["user_id"] = to_json(value_7)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["organization.usage.embeddings.result"]', _raw_object_)
            if object_ != "organization.usage.embeddings.result":
                raise ValueError(
                    f"object must match const 'organization.usage.embeddings.result', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        input_tokens = d.pop("input_tokens", None)

        num_model_requests = d.pop("num_model_requests", None)

        _raw_project_id = d.pop("project_id", UNSET)
        try:
            project_id = _parse_project_id(_raw_project_id)

        except LENIENT_ERRORS:
            project_id = _raw_project_id

        _raw_user_id = d.pop("user_id", UNSET)
        try:
            user_id = _parse_user_id(_raw_user_id)

        except LENIENT_ERRORS:
            user_id = _raw_user_id

        _raw_api_key_id = d.pop("api_key_id", UNSET)
        try:
            api_key_id = _parse_api_key_id(_raw_api_key_id)

        except LENIENT_ERRORS:
            api_key_id = _raw_api_key_id

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.input_tokens = input_tokens
        parsed_obj_.num_model_requests = num_model_requests
        parsed_obj_.project_id = None if isinstance(project_id, Unset) else project_id
        parsed_obj_.user_id = None if isinstance(user_id, Unset) else user_id
        parsed_obj_.api_key_id = None if isinstance(api_key_id, Unset) else api_key_id
        parsed_obj_.model = None if isinstance(model, Unset) else model
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
