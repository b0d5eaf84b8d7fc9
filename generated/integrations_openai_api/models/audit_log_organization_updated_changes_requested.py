from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogOrganizationUpdatedChangesRequested")


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


@_attrs_define
class AuditLogOrganizationUpdatedChangesRequested:
    """The payload used to update the organization settings."""

    title: None | str | Unset = UNSET
    """ The organization title. """
    description: None | str | Unset = UNSET
    """ The organization description. """
    name: None | str | Unset = UNSET
    """ The organization name. """
    threads_ui_visibility: None | str | Unset = UNSET
    """ Visibility of the threads page which shows messages created with the Assistants API and Playground. One of
    `ANY_ROLE`, `OWNERS`, or `NONE`. """
    usage_dashboard_visibility: None | str | Unset = UNSET
    """ Visibility of the usage dashboard which shows activity and costs for your organization. One of `ANY_ROLE` or
    `OWNERS`. """
    api_call_logging: None | str | Unset = UNSET
    """ How your organization logs data from supported API calls. One of `disabled`, `enabled_per_call`,
    `enabled_for_all_projects`, or `enabled_for_selected_projects` """
    api_call_logging_project_ids: None | str | Unset = UNSET
    """ The list of project ids if api_call_logging is set to `enabled_for_selected_projects` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.title is not UNSET:
            field_dict["title"] = to_json(self.title)
        if self.description is not UNSET:
            field_dict["description"] = to_json(self.description)
        if self.name is not UNSET:
            field_dict["name"] = to_json(self.name)
        if self.threads_ui_visibility is not UNSET:
            field_dict["threads_ui_visibility"] = to_json(self.threads_ui_visibility)
        if self.usage_dashboard_visibility is not UNSET:
            field_dict["usage_dashboard_visibility"] = to_json(self.usage_dashboard_visibility)
        if self.api_call_logging is not UNSET:
            field_dict["api_call_logging"] = to_json(self.api_call_logging)
        if self.api_call_logging_project_ids is not UNSET:
            field_dict["api_call_logging_project_ids"] = to_json(self.api_call_logging_project_ids)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogOrganizationUpdatedChangesRequested: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
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

        parsed_obj_ = cls(
            title=title,
            description=description,
            name=name,
            threads_ui_visibility=threads_ui_visibility,
            usage_dashboard_visibility=usage_dashboard_visibility,
            api_call_logging=api_call_logging,
            api_call_logging_project_ids=api_call_logging_project_ids,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
