from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.title
        if value_1 is None:
            if "title" in present:
                out["title"] = None
        else:
            out["title"] = to_json(value_1)
        value_2 = self.description
        if value_2 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = to_json(value_2)
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = to_json(value_3)
        value_4 = self.threads_ui_visibility
        if value_4 is None:
            if "threads_ui_visibility" in present:
                out["threads_ui_visibility"] = None
        else:
            out["threads_ui_visibility"] = to_json(value_4)
        value_5 = self.usage_dashboard_visibility
        if value_5 is None:
            if "usage_dashboard_visibility" in present:
                out["usage_dashboard_visibility"] = None
        else:
            out["usage_dashboard_visibility"] = to_json(value_5)
        value_6 = self.api_call_logging
        if value_6 is None:
            if "api_call_logging" in present:
                out["api_call_logging"] = None
        else:
            out["api_call_logging"] = to_json(value_6)
        value_7 = self.api_call_logging_project_ids
        if value_7 is None:
            if "api_call_logging_project_ids" in present:
                out["api_call_logging_project_ids"] = None
        else:
            out["api_call_logging_project_ids"] = to_json(value_7)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

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
