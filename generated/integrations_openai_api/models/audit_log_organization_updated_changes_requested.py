from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        title = d.pop("title", None)

        description = d.pop("description", None)

        name = d.pop("name", None)

        threads_ui_visibility = d.pop("threads_ui_visibility", None)

        usage_dashboard_visibility = d.pop("usage_dashboard_visibility", None)

        api_call_logging = d.pop("api_call_logging", None)

        api_call_logging_project_ids = d.pop("api_call_logging_project_ids", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.title = title
        parsed_obj_.description = description
        parsed_obj_.name = name
        parsed_obj_.threads_ui_visibility = threads_ui_visibility
        parsed_obj_.usage_dashboard_visibility = usage_dashboard_visibility
        parsed_obj_.api_call_logging = api_call_logging
        parsed_obj_.api_call_logging_project_ids = api_call_logging_project_ids
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
