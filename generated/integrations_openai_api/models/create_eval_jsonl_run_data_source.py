from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.eval_jsonl_file_content_source import EvalJsonlFileContentSource
    from ..models.eval_jsonl_file_id_source import EvalJsonlFileIdSource

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EvalJsonlFileContentSource, EvalJsonlFileIdSource
    from ..models.eval_jsonl_file_content_source import EvalJsonlFileContentSource  # noqa: PLC0415
    from ..models.eval_jsonl_file_id_source import EvalJsonlFileIdSource  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_source(data: object) -> EvalJsonlFileContentSource | EvalJsonlFileIdSource:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                EvalJsonlFileContentSource,
                EvalJsonlFileIdSource,
            ),
        )
        if variant is None:
            return cast("EvalJsonlFileContentSource | EvalJsonlFileIdSource", UnknownVariant(data))
        return cast("EvalJsonlFileContentSource | EvalJsonlFileIdSource", variant.from_dict(data))
    return cast("EvalJsonlFileContentSource | EvalJsonlFileIdSource", data)


@_attrs_define(repr=False)
class CreateEvalJsonlRunDataSource(ApiModel):
    """A JsonlRunDataSource object with that specifies a JSONL file that matches the eval"""

    source: EvalJsonlFileContentSource | EvalJsonlFileIdSource | UnknownVariant
    """ Determines what populates the `item` namespace in the data source. """

    type: Literal["jsonl"] = "jsonl"
    """ The type of data source. Always `jsonl`. """

    _sdk_name_: ClassVar[str] = "CreateEvalJSONLRunDataSource"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "source": {
            "EvalJsonlFileContentSource": "SourceFileContent",
            "EvalJsonlFileIdSource": "SourceFileID",
        }
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("source", "source"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['jsonl']",
        "source": "EvalJsonlFileContentSource | EvalJsonlFileIdSource",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("jsonl",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "source",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "source",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.source
        if value_1 is None:
            if "source" in present:
                out["source"] = None
        else:
            out["source"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
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
        _raw_source = get_("source", None)
        try:
            source = _parse_source(_raw_source)

        except LENIENT_ERRORS:
            source = _raw_source
        parsed_obj_.source = source
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
