from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_container_body_memory_limit import (
    CreateContainerBodyMemoryLimit,
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class CreateContainerBody(ApiModel):
    name: str
    """ Name of the container to create. """

    file_ids: list[str] | None = ABSENT
    """ IDs of files to copy to the container. """

    expires_after: CreateContainerBodyExpiresAfter | None = ABSENT
    """ Container expiration time in seconds relative to the 'anchor' time. """

    skills: list[InlineSkillParam | SkillReferenceParam | UnknownVariant] | None = ABSENT
    """ An optional list of skills referenced by id or inline data. """

    memory_limit: CreateContainerBodyMemoryLimit | str | None = ABSENT
    """ Optional memory limit for the container. Defaults to "1g". """

    network_policy: (
        ContainerNetworkPolicyAllowlistParam
        | ContainerNetworkPolicyDisabledParam
        | UnknownVariant
        | None
    ) = ABSENT
    """ Network access policy for the container. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("file_ids", "file_ids"),
        ("expires_after", "expires_after"),
        ("skills", "skills"),
        ("memory_limit", "memory_limit"),
        ("network_policy", "network_policy"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "file_ids": "list[str] | Unset",
        "expires_after": "CreateContainerBodyExpiresAfter | Unset",
        "skills": "list[InlineSkillParam | SkillReferenceParam] | Unset",
        "memory_limit": "CreateContainerBodyMemoryLimit | Unset",
        "network_policy": "ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.name
        if value_1 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_1
        value_2 = self.file_ids
        if value_2 is None:
            if "file_ids" in present:
                out["file_ids"] = None
        else:
            out["file_ids"] = to_json(value_2)
        value_3 = self.expires_after
        if value_3 is None:
            if "expires_after" in present:
                out["expires_after"] = None
        else:
            out["expires_after"] = to_json(value_3)
        value_4 = self.skills
        if value_4 is None:
            if "skills" in present:
                out["skills"] = None
        else:
            out["skills"] = to_json(value_4)
        value_5 = self.memory_limit
        if value_5 is None:
            if "memory_limit" in present:
                out["memory_limit"] = None
        else:
            out["memory_limit"] = value_5
        value_6 = self.network_policy
        if value_6 is None:
            if "network_policy" in present:
                out["network_policy"] = None
        else:
            out["network_policy"] = to_json(value_6)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = get_("name")
        _raw_file_ids = get_("file_ids", UNSET)
        try:
            file_ids = cast("list[str]", _raw_file_ids)

        except LENIENT_ERRORS:
            file_ids = _raw_file_ids
        parsed_obj_.file_ids = None if isinstance(file_ids, Unset) else file_ids
        expires_after = get_("expires_after")
        if expires_after is not None:
            try:
                expires_after = (
                    CreateContainerBodyExpiresAfter._from_dict_(expires_after)
                    if expires_after.__class__ is dict
                    else CreateContainerBodyExpiresAfter.from_dict(expires_after)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.expires_after = expires_after
        _raw_skills = get_("skills", UNSET)
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
        parsed_obj_.skills = None if isinstance(skills, Unset) else skills
        parsed_obj_.memory_limit = get_("memory_limit")
        _raw_network_policy = get_("network_policy", UNSET)
        if _raw_network_policy is not UNSET:
            try:
                network_policy = _parse_network_policy(_raw_network_policy)

            except LENIENT_ERRORS:
                network_policy = _raw_network_policy
        else:
            network_policy = _raw_network_policy
        parsed_obj_.network_policy = None if isinstance(network_policy, Unset) else network_policy
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
