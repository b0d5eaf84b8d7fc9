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
class UsageCodeInterpreterSessionsResult(ApiModel):
    """The aggregated code interpreter sessions usage details of the specific time bucket."""

    num_sessions: int
    """ The number of code interpreter sessions. """

    object: Literal["organization.usage.code_interpreter_sessions.result"] = (
        "organization.usage.code_interpreter_sessions.result"
    )

    project_id: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "DataResultOrganizationUsageCodeInterpreterSessionsResult"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("num_sessions", "num_sessions"),
        ("object", "object"),
        ("project_id", "project_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.usage.code_interpreter_sessions.result']",
        "num_sessions": "int",
        "project_id": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.usage.code_interpreter_sessions.result",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "num_sessions",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "num_sessions",
            "project_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.num_sessions
        if value_1 is None:
            if "num_sessions" in present:
                out["num_sessions"] = None
        else:
            out["num_sessions"] = value_1
        value_2 = self.object
        if value_2 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_2
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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = get_("object")
        parsed_obj_.num_sessions = get_("num_sessions")
        parsed_obj_.project_id = get_("project_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
