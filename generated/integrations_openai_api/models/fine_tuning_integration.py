from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tuning_integration_wandb import FineTuningIntegrationWandb

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FineTuningIntegrationWandb
    from ..models.fine_tuning_integration_wandb import FineTuningIntegrationWandb  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="FineTuningIntegration")


@_attrs_define
class FineTuningIntegration:
    wandb: FineTuningIntegrationWandb
    """ The settings for your integration with Weights and Biases. This payload specifies the project that
    metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    to your run, and set a default entity (team, username, etc) to be associated with your run.
     """
    type_: Literal["wandb"] = "wandb"
    """ The type of the integration being enabled for the fine-tuning job """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("wandb",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "wandb",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "wandb",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.wandb, Unset):
            field_dict["wandb"] = to_json(self.wandb)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FineTuningIntegration: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['wandb']", _raw_type_)
            if type_ != "wandb":
                raise ValueError(f"type must match const 'wandb', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_wandb = d.pop("wandb", UNSET)
        try:
            wandb = FineTuningIntegrationWandb.from_dict(_raw_wandb)

        except LENIENT_ERRORS:
            wandb = _raw_wandb

        parsed_obj_ = cls(
            type_=type_,
            wandb=wandb,
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
