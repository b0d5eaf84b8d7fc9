from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.create_container_body_memory_limit import (
    CreateContainerBodyMemoryLimit,
    check_create_container_body_memory_limit,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
    )
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
    from ..models.create_container_body_expires_after import CreateContainerBodyExpiresAfter
    from ..models.inline_skill_param import InlineSkillParam
    from ..models.skill_reference_param import SkillReferenceParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ContainerNetworkPolicyAllowlistParam, \
        ContainerNetworkPolicyDisabledParam, \
        CreateContainerBodyExpiresAfter, \
        InlineSkillParam, \
        SkillReferenceParam
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,  # noqa: PLC0415
    )
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam  # noqa: PLC0415
    from ..models.create_container_body_expires_after import CreateContainerBodyExpiresAfter  # noqa: PLC0415
    from ..models.inline_skill_param import InlineSkillParam  # noqa: PLC0415
    from ..models.skill_reference_param import SkillReferenceParam  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateContainerBody")


def _parse_skills_item(data: object) -> InlineSkillParam | SkillReferenceParam:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                SkillReferenceParam,
                InlineSkillParam,
            ),
        )
        if variant is None:
            return cast("InlineSkillParam | SkillReferenceParam", UnknownVariant(data))
        return cast("InlineSkillParam | SkillReferenceParam", variant.from_dict(data))
    return cast("InlineSkillParam | SkillReferenceParam", data)


def _parse_network_policy(
    data: object,
) -> ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ContainerNetworkPolicyDisabledParam,
                ContainerNetworkPolicyAllowlistParam,
            ),
        )
        if variant is None:
            return cast(
                "ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset",
                UnknownVariant(data),
            )
        return cast(
            "ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset",
            variant.from_dict(data),
        )
    return cast(
        "ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset", data
    )


@_attrs_define
class CreateContainerBody:
    name: str
    """ Name of the container to create. """
    file_ids: list[str] | Unset = UNSET
    """ IDs of files to copy to the container. """
    expires_after: CreateContainerBodyExpiresAfter | Unset = UNSET
    """ Container expiration time in seconds relative to the 'anchor' time. """
    skills: list[InlineSkillParam | SkillReferenceParam] | Unset = UNSET
    """ An optional list of skills referenced by id or inline data. """
    memory_limit: CreateContainerBodyMemoryLimit | Unset = UNSET
    """ Optional memory limit for the container. Defaults to "1g". """
    network_policy: (
        ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset
    ) = UNSET
    """ Network access policy for the container. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "memory_limit": (
            "16g",
            "1g",
            "4g",
            "64g",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("name",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "file_ids",
            "expires_after",
            "skills",
            "memory_limit",
            "network_policy",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if self.file_ids is not UNSET:
            field_dict["file_ids"] = to_json(self.file_ids)
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = to_json(self.expires_after)
        if self.skills is not UNSET:
            field_dict["skills"] = to_json(self.skills)
        if self.memory_limit is not UNSET:
            field_dict["memory_limit"] = self.memory_limit
        if self.network_policy is not UNSET:
            field_dict["network_policy"] = to_json(self.network_policy)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateContainerBody: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _raw_file_ids = d.pop("file_ids", UNSET)
        try:
            file_ids = cast("list[str]", _raw_file_ids)

        except LENIENT_ERRORS:
            file_ids = _raw_file_ids

        _raw_expires_after = d.pop("expires_after", UNSET)
        try:
            _expires_after = _raw_expires_after
            expires_after: CreateContainerBodyExpiresAfter | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = CreateContainerBodyExpiresAfter.from_dict(_expires_after)

        except LENIENT_ERRORS:
            expires_after = _raw_expires_after

        _raw_skills = d.pop("skills", UNSET)
        try:
            _skills = _raw_skills
            skills: list[InlineSkillParam | SkillReferenceParam] | Unset = UNSET
            if _skills is not UNSET:
                if not isinstance(_skills, list):
                    raise TypeError()
                skills = []
                for skills_item_data in _skills:
                    try:
                        skills_item = _parse_skills_item(skills_item_data)

                    except LENIENT_ERRORS:
                        skills_item = skills_item_data
                    skills.append(skills_item)

        except LENIENT_ERRORS:
            skills = _raw_skills

        _raw_memory_limit = d.pop("memory_limit", UNSET)
        try:
            _memory_limit = _raw_memory_limit
            memory_limit: CreateContainerBodyMemoryLimit | Unset
            if isinstance(_memory_limit, Unset):
                memory_limit = UNSET
            else:
                memory_limit = check_create_container_body_memory_limit(_memory_limit)

        except LENIENT_ERRORS:
            memory_limit = _raw_memory_limit

        _raw_network_policy = d.pop("network_policy", UNSET)
        try:
            network_policy = _parse_network_policy(_raw_network_policy)

        except LENIENT_ERRORS:
            network_policy = _raw_network_policy

        parsed_obj_ = cls(
            name=name,
            file_ids=file_ids,
            expires_after=expires_after,
            skills=skills,
            memory_limit=memory_limit,
            network_policy=network_policy,
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
