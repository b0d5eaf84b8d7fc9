from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_auto_param import ContainerAutoParam
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.local_environment_param import LocalEnvironmentParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ContainerAutoParam, ContainerReferenceParam, LocalEnvironmentParam
    from ..models.container_auto_param import ContainerAutoParam  # noqa: PLC0415
    from ..models.container_reference_param import ContainerReferenceParam  # noqa: PLC0415
    from ..models.local_environment_param import LocalEnvironmentParam  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="FunctionShellToolParam")


def _parse_environment(
    data: object,
) -> ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ContainerAutoParam,
                LocalEnvironmentParam,
                ContainerReferenceParam,
            ),
        )
        if variant is None:
            return cast(
                "ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset",
                UnknownVariant(data),
            )
        return cast(
            "ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset",
            variant.from_dict(data),
        )
    return cast(
        "ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset", data
    )


@_attrs_define
class FunctionShellToolParam:
    """A tool that allows the model to execute shell commands."""

    type_: Literal["shell"] = "shell"
    """ The type of the shell tool. Always `shell`. """
    environment: (
        ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("shell",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "environment",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.environment is not UNSET:
            field_dict["environment"] = to_json(self.environment)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FunctionShellToolParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['shell']", _raw_type_)
            if type_ != "shell":
                raise ValueError(f"type must match const 'shell', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_environment = d.pop("environment", UNSET)
        try:
            environment = _parse_environment(_raw_environment)

        except LENIENT_ERRORS:
            environment = _raw_environment

        parsed_obj_ = cls(
            type_=type_,
            environment=environment,
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
