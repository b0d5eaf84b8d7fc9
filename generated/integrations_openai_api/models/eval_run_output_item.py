from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_run_output_item_datasource_item import EvalRunOutputItemDatasourceItem
    from ..models.eval_run_output_item_result import EvalRunOutputItemResult
    from ..models.eval_run_output_item_sample import EvalRunOutputItemSample

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        EvalRunOutputItemDatasourceItem, \
        EvalRunOutputItemResult, \
        EvalRunOutputItemSample
    from ..models.eval_run_output_item_datasource_item import EvalRunOutputItemDatasourceItem  # noqa: PLC0415
    from ..models.eval_run_output_item_result import EvalRunOutputItemResult  # noqa: PLC0415
    from ..models.eval_run_output_item_sample import EvalRunOutputItemSample  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class EvalRunOutputItem(ApiModel):
    """A schema representing an evaluation run output item."""

    id: str
    """ Unique identifier for the evaluation run output item. """

    run_id: str
    """ The identifier of the evaluation run associated with this output item. """

    eval_id: str
    """ The identifier of the evaluation group. """

    created_at: int
    """ Unix timestamp (in seconds) when the evaluation run was created. """

    status: str
    """ The status of the evaluation run. """

    datasource_item_id: int
    """ The identifier for the data source item. """

    datasource_item: EvalRunOutputItemDatasourceItem
    """ Details of the input data source item. """

    results: list[EvalRunOutputItemResult]
    """ A list of grader results for this output item. """

    sample: EvalRunOutputItemSample
    """ A sample containing the input and output of the evaluation run. """

    object: Literal["eval.run.output_item"] = "eval.run.output_item"
    """ The type of the object. Always "eval.run.output_item". """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("datasource_item", "datasource_item"),
        ("datasource_item_id", "datasource_item_id"),
        ("eval_id", "eval_id"),
        ("object", "object"),
        ("results", "results"),
        ("run_id", "run_id"),
        ("sample", "sample"),
        ("status", "status"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['eval.run.output_item']",
        "id": "str",
        "run_id": "str",
        "eval_id": "str",
        "created_at": "int",
        "status": "str",
        "datasource_item_id": "int",
        "datasource_item": "EvalRunOutputItemDatasourceItem",
        "results": "list[EvalRunOutputItemResult]",
        "sample": "EvalRunOutputItemSample",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("eval.run.output_item",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "run_id",
        "eval_id",
        "created_at",
        "status",
        "datasource_item_id",
        "datasource_item",
        "results",
        "sample",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "run_id",
            "eval_id",
            "created_at",
            "status",
            "datasource_item_id",
            "datasource_item",
            "results",
            "sample",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.datasource_item
        if value_3 is None:
            if "datasource_item" in present:
                out["datasource_item"] = None
        else:
            out["datasource_item"] = to_json(value_3)
        value_4 = self.datasource_item_id
        if value_4 is None:
            if "datasource_item_id" in present:
                out["datasource_item_id"] = None
        else:
            out["datasource_item_id"] = value_4
        value_5 = self.eval_id
        if value_5 is None:
            if "eval_id" in present:
                out["eval_id"] = None
        else:
            out["eval_id"] = value_5
        value_6 = self.object
        if value_6 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_6
        value_7 = self.results
        if value_7 is None:
            if "results" in present:
                out["results"] = None
        elif value_7 or not isinstance(value_7, AbsentList) or "results" in present:
            out["results"] = to_json(value_7)
        value_8 = self.run_id
        if value_8 is None:
            if "run_id" in present:
                out["run_id"] = None
        else:
            out["run_id"] = value_8
        value_9 = self.sample
        if value_9 is None:
            if "sample" in present:
                out["sample"] = None
        else:
            out["sample"] = to_json(value_9)
        value_10 = self.status
        if value_10 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_10
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
        parsed_obj_.object = get_("object")
        parsed_obj_.id = get_("id")
        parsed_obj_.run_id = get_("run_id")
        parsed_obj_.eval_id = get_("eval_id")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.status = get_("status")
        parsed_obj_.datasource_item_id = get_("datasource_item_id")
        datasource_item = get_("datasource_item")
        if datasource_item is not None:
            try:
                datasource_item = (
                    EvalRunOutputItemDatasourceItem._from_dict_(datasource_item)
                    if datasource_item.__class__ is dict
                    else EvalRunOutputItemDatasourceItem.from_dict(datasource_item)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.datasource_item = datasource_item
        _raw_results = get_("results", UNSET)
        try:
            results = []
            _results = _raw_results
            if not isinstance(_results, list):
                raise TypeError()
            for results_item_data in _results:
                try:
                    results_item = (
                        EvalRunOutputItemResult._from_dict_(results_item_data)
                        if results_item_data.__class__ is dict
                        else EvalRunOutputItemResult.from_dict(results_item_data)
                    )
                except LENIENT_ERRORS:
                    results_item = results_item_data
                results.append(results_item)

        except LENIENT_ERRORS:
            results = _raw_results
        parsed_obj_.results = AbsentList() if isinstance(results, Unset) else results
        sample = get_("sample")
        if sample is not None:
            try:
                sample = (
                    EvalRunOutputItemSample._from_dict_(sample)
                    if sample.__class__ is dict
                    else EvalRunOutputItemSample.from_dict(sample)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.sample = sample
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
