from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ABSENT, ApiModel


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
        object_ = d.pop("object", None)

        num_sessions = d.pop("num_sessions", None)

        project_id = d.pop("project_id", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.num_sessions = num_sessions
        parsed_obj_.project_id = project_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
