from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class FunctionShellToolParam(ApiModel):
    """A tool that allows the model to execute shell commands."""

    type: Literal["shell"] = "shell"
    """ The type of the shell tool. Always `shell`. """

    environment: (
        ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | UnknownVariant | None
    ) = ABSENT

    _sdk_name_: ClassVar[str] = "FunctionShellTool"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("environment", "environment"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['shell']",
        "environment": "ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.environment
        if value_2 is None:
            if "environment" in present:
                out["environment"] = None
        else:
            out["environment"] = to_json(value_2)
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
        parsed_obj_.type = get_("type")
        _raw_environment = get_("environment", UNSET)
        if _raw_environment is not None and _raw_environment is not UNSET:
            try:
                environment = _parse_environment(_raw_environment)

            except LENIENT_ERRORS:
                environment = _raw_environment
        else:
            environment = _raw_environment
        parsed_obj_.environment = None if isinstance(environment, Unset) else environment
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
