from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_title(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_threads_ui_visibility(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_usage_dashboard_visibility(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_api_call_logging(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_api_call_logging_project_ids(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


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
        "title": "None | str | Unset",
        "description": "None | str | Unset",
        "name": "None | str | Unset",
        "threads_ui_visibility": "None | str | Unset",
        "usage_dashboard_visibility": "None | str | Unset",
        "api_call_logging": "None | str | Unset",
        "api_call_logging_project_ids": "None | str | Unset",
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
        _raw_title = d.pop("title", UNSET)
        try:
            title = _parse_title(_raw_title)

        except LENIENT_ERRORS:
            title = _raw_title

        _raw_description = d.pop("description", UNSET)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        _raw_threads_ui_visibility = d.pop("threads_ui_visibility", UNSET)
        try:
            threads_ui_visibility = _parse_threads_ui_visibility(_raw_threads_ui_visibility)

        except LENIENT_ERRORS:
            threads_ui_visibility = _raw_threads_ui_visibility

        _raw_usage_dashboard_visibility = d.pop("usage_dashboard_visibility", UNSET)
        try:
            usage_dashboard_visibility = _parse_usage_dashboard_visibility(
                _raw_usage_dashboard_visibility
            )

        except LENIENT_ERRORS:
            usage_dashboard_visibility = _raw_usage_dashboard_visibility

        _raw_api_call_logging = d.pop("api_call_logging", UNSET)
        try:
            api_call_logging = _parse_api_call_logging(_raw_api_call_logging)

        except LENIENT_ERRORS:
            api_call_logging = _raw_api_call_logging

        _raw_api_call_logging_project_ids = d.pop("api_call_logging_project_ids", UNSET)
        try:
            api_call_logging_project_ids = _parse_api_call_logging_project_ids(
                _raw_api_call_logging_project_ids
            )

        except LENIENT_ERRORS:
            api_call_logging_project_ids = _raw_api_call_logging_project_ids

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.title = None if isinstance(title, Unset) else title
        parsed_obj_.description = None if isinstance(description, Unset) else description
        parsed_obj_.name = None if isinstance(name, Unset) else name
        parsed_obj_.threads_ui_visibility = (
            None if isinstance(threads_ui_visibility, Unset) else threads_ui_visibility
        )
        parsed_obj_.usage_dashboard_visibility = (
            None if isinstance(usage_dashboard_visibility, Unset) else usage_dashboard_visibility
        )
        parsed_obj_.api_call_logging = (
            None if isinstance(api_call_logging, Unset) else api_call_logging
        )
        parsed_obj_.api_call_logging_project_ids = (
            None
            if isinstance(api_call_logging_project_ids, Unset)
            else api_call_logging_project_ids
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
