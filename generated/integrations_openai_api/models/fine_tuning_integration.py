from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.fine_tuning_integration_wandb import FineTuningIntegrationWandb

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FineTuningIntegrationWandb
    from ..models.fine_tuning_integration_wandb import FineTuningIntegrationWandb  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class FineTuningIntegration(ApiModel):
    wandb: FineTuningIntegrationWandb
    """ The settings for your integration with Weights and Biases. This payload specifies the project that
    metrics will be sent to. Optionally, you can set an explicit display name for your run, add tags
    to your run, and set a default entity (team, username, etc) to be associated with your run.
     """

    type: Literal["wandb"] = "wandb"
    """ The type of the integration being enabled for the fine-tuning job """

    _sdk_name_: ClassVar[str] = "FineTuningJobWandbIntegrationObject"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("wandb", "wandb"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['wandb']",
        "wandb": "FineTuningIntegrationWandb",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.wandb
        if value_2 is None:
            if "wandb" in present:
                out["wandb"] = None
        else:
            out["wandb"] = to_json(value_2)
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
        wandb = get_("wandb")
        if wandb is not None:
            try:
                wandb = (
                    FineTuningIntegrationWandb._from_dict_(wandb)
                    if wandb.__class__ is dict
                    else FineTuningIntegrationWandb.from_dict(wandb)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.wandb = wandb
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
