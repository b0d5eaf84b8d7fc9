from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.create_eval_logs_data_source_config_metadata import (
        CreateEvalLogsDataSourceConfigMetadata,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateEvalLogsDataSourceConfigMetadata
    from ..models.create_eval_logs_data_source_config_metadata import (
        CreateEvalLogsDataSourceConfigMetadata,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateEvalLogsDataSourceConfig(ApiModel):
    """A data source config which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.

    """

    type: Literal["logs"] = "logs"
    """ The type of data source. Always `logs`. """

    metadata: CreateEvalLogsDataSourceConfigMetadata | None = ABSENT
    """ Metadata filters for the logs data source. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("metadata", "metadata"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['logs']",
        "metadata": "CreateEvalLogsDataSourceConfigMetadata | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("logs",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "metadata",
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
        value_2 = self.metadata
        if value_2 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_2)
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
        metadata = get_("metadata")
        if metadata is not None:
            try:
                metadata = (
                    CreateEvalLogsDataSourceConfigMetadata._from_dict_(metadata)
                    if metadata.__class__ is dict
                    else CreateEvalLogsDataSourceConfigMetadata.from_dict(metadata)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.metadata = metadata
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
