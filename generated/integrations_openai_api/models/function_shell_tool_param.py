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
from ..models.apply_patch_tool_param_allowed_callers_item import (
    ApplyPatchToolParamAllowedCallersItem,
    check_apply_patch_tool_param_allowed_callers_item,
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


def _parse_allowed_callers(
    data: object,
) -> list[ApplyPatchToolParamAllowedCallersItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_callers_type_0 = []
        _allowed_callers_type_0 = data
        if not isinstance(_allowed_callers_type_0, list):
            raise TypeError()
        for allowed_callers_type_0_item_data in _allowed_callers_type_0:
            try:
                allowed_callers_type_0_item = check_apply_patch_tool_param_allowed_callers_item(
                    allowed_callers_type_0_item_data
                )

            except LENIENT_ERRORS:
                allowed_callers_type_0_item = allowed_callers_type_0_item_data
            allowed_callers_type_0.append(allowed_callers_type_0_item)

        return allowed_callers_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ApplyPatchToolParamAllowedCallersItem] | None | Unset", data)


@_attrs_define(repr=False)
class FunctionShellToolParam(ApiModel):
    """A tool that allows the model to execute shell commands."""

    type: Literal["shell"] = "shell"
    """ The type of the shell tool. Always `shell`. """

    environment: (
        ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | UnknownVariant | None
    ) = ABSENT

    allowed_callers: list[ApplyPatchToolParamAllowedCallersItem | str] | None = ABSENT
    """ Not in the pinned spec; the official SDK's `FunctionShellTool` has it (the live API sends it). Reads None
    when absent. """

    _sdk_name_: ClassVar[str] = "FunctionShellTool"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("allowed_callers", "allowed_callers"),
        ("environment", "environment"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['shell']",
        "environment": "ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset",
        "allowed_callers": "list[ApplyPatchToolParamAllowedCallersItem] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("shell",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "environment",
            "allowed_callers",
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
        value_2 = self.allowed_callers
        if value_2 is None:
            if "allowed_callers" in present:
                out["allowed_callers"] = None
        else:
            out["allowed_callers"] = to_json(value_2)
        value_3 = self.environment
        if value_3 is None:
            if "environment" in present:
                out["environment"] = None
        else:
            out["environment"] = to_json(value_3)
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
        _raw_allowed_callers = get_("allowed_callers", UNSET)
        if _raw_allowed_callers is not None and _raw_allowed_callers is not UNSET:
            try:
                allowed_callers = _parse_allowed_callers(_raw_allowed_callers)

            except LENIENT_ERRORS:
                allowed_callers = _raw_allowed_callers
        else:
            allowed_callers = _raw_allowed_callers
        parsed_obj_.allowed_callers = (
            None if isinstance(allowed_callers, Unset) else allowed_callers
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
