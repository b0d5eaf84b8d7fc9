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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
    from ..models.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
    from ..models.create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateEvalCompletionsRunDataSource, \
        CreateEvalJsonlRunDataSource, \
        CreateEvalResponsesRunDataSource, \
        Metadata2
    from ..models.create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource  # noqa: PLC0415
    from ..models.create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource  # noqa: PLC0415
    from ..models.create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_data_source(
    data: object,
) -> (
    CreateEvalCompletionsRunDataSource
    | CreateEvalJsonlRunDataSource
    | CreateEvalResponsesRunDataSource
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                CreateEvalJsonlRunDataSource,
                CreateEvalCompletionsRunDataSource,
                CreateEvalResponsesRunDataSource,
            ),
        )
        if variant is None:
            return cast(
                "CreateEvalCompletionsRunDataSource | CreateEvalJsonlRunDataSource | CreateEvalResponsesRunDataSource",
                UnknownVariant(data),
            )
        return cast(
            "CreateEvalCompletionsRunDataSource | CreateEvalJsonlRunDataSource | CreateEvalResponsesRunDataSource",
            variant.from_dict(data),
        )
    return cast(
        "CreateEvalCompletionsRunDataSource | CreateEvalJsonlRunDataSource | CreateEvalResponsesRunDataSource",
        data,
    )


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define(repr=False)
class CreateEvalRunRequest(ApiModel):
    data_source: (
        CreateEvalCompletionsRunDataSource
        | CreateEvalJsonlRunDataSource
        | CreateEvalResponsesRunDataSource
        | UnknownVariant
    )
    """ Details about the run's data source. """

    name: str | None = ABSENT
    """ The name of the run. """

    metadata: Metadata2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data_source", "data_source"),
        ("name", "name"),
        ("metadata", "metadata"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "data_source": "CreateEvalCompletionsRunDataSource | CreateEvalJsonlRunDataSource | CreateEvalResponsesRunDataSource",
        "name": "str | Unset",
        "metadata": "Metadata2 | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("data_source",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "data_source",
            "name",
            "metadata",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.data_source
        if value_1 is None:
            if "data_source" in present:
                out["data_source"] = None
        else:
            out["data_source"] = to_json(value_1)
        value_2 = self.name
        if value_2 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_2
        value_3 = self.metadata
        if value_3 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_3)
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
        _raw_data_source = get_("data_source", None)
        try:
            data_source = _parse_data_source(_raw_data_source)

        except LENIENT_ERRORS:
            data_source = _raw_data_source
        parsed_obj_.data_source = data_source
        parsed_obj_.name = get_("name")
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
