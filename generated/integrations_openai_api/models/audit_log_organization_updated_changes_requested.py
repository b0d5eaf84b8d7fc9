from __future__ import annotations

from typing import Any, ClassVar, Self

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
class AuditLogOrganizationUpdatedChangesRequested(ApiModel):
    """The payload used to update the organization settings."""

    title: str | None = ABSENT
    """ The organization title. """

    description: str | None = ABSENT
    """ The organization description. """

    name: str | None = ABSENT
    """ The organization name. """

    threads_ui_visibility: str | None = ABSENT
    """ Visibility of the threads page which shows messages created with the Assistants API and Playground. One of
    `ANY_ROLE`, `OWNERS`, or `NONE`. """

    usage_dashboard_visibility: str | None = ABSENT
    """ Visibility of the usage dashboard which shows activity and costs for your organization. One of `ANY_ROLE` or
    `OWNERS`. """

    api_call_logging: str | None = ABSENT
    """ How your organization logs data from supported API calls. One of `disabled`, `enabled_per_call`,
    `enabled_for_all_projects`, or `enabled_for_selected_projects` """

    api_call_logging_project_ids: str | None = ABSENT
    """ The list of project ids if api_call_logging is set to `enabled_for_selected_projects` """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("title", "title"),
        ("description", "description"),
        ("name", "name"),
        ("threads_ui_visibility", "threads_ui_visibility"),
        ("usage_dashboard_visibility", "usage_dashboard_visibility"),
        ("api_call_logging", "api_call_logging"),
        ("api_call_logging_project_ids", "api_call_logging_project_ids"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "title": "str | Unset",
        "description": "str | Unset",
        "name": "str | Unset",
        "threads_ui_visibility": "str | Unset",
        "usage_dashboard_visibility": "str | Unset",
        "api_call_logging": "str | Unset",
        "api_call_logging_project_ids": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "title",
            "description",
            "name",
            "threads_ui_visibility",
            "usage_dashboard_visibility",
            "api_call_logging",
            "api_call_logging_project_ids",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.title
        if value_1 is None:
            if "title" in present:
                out["title"] = None
        else:
            out["title"] = value_1
        value_2 = self.description
        if value_2 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = value_2
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
        value_4 = self.threads_ui_visibility
        if value_4 is None:
            if "threads_ui_visibility" in present:
                out["threads_ui_visibility"] = None
        else:
            out["threads_ui_visibility"] = value_4
        value_5 = self.usage_dashboard_visibility
        if value_5 is None:
            if "usage_dashboard_visibility" in present:
                out["usage_dashboard_visibility"] = None
        else:
            out["usage_dashboard_visibility"] = value_5
        value_6 = self.api_call_logging
        if value_6 is None:
            if "api_call_logging" in present:
                out["api_call_logging"] = None
        else:
            out["api_call_logging"] = value_6
        value_7 = self.api_call_logging_project_ids
        if value_7 is None:
            if "api_call_logging_project_ids" in present:
                out["api_call_logging_project_ids"] = None
        else:
            out["api_call_logging_project_ids"] = value_7
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.title = get_("title")
        parsed_obj_.description = get_("description")
        parsed_obj_.name = get_("name")
        parsed_obj_.threads_ui_visibility = get_("threads_ui_visibility")
        parsed_obj_.usage_dashboard_visibility = get_("usage_dashboard_visibility")
        parsed_obj_.api_call_logging = get_("api_call_logging")
        parsed_obj_.api_call_logging_project_ids = get_("api_call_logging_project_ids")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
