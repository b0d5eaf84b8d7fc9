from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="EvalRunOutputItem")


@_attrs_define
class EvalRunOutputItem:
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
    object_: Literal["eval.run.output_item"] = "eval.run.output_item"
    """ The type of the object. Always "eval.run.output_item". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.run_id, Unset):
            field_dict["run_id"] = self.run_id
        if not isinstance(self.eval_id, Unset):
            field_dict["eval_id"] = self.eval_id
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.datasource_item_id, Unset):
            field_dict["datasource_item_id"] = self.datasource_item_id
        if not isinstance(self.datasource_item, Unset):
            field_dict["datasource_item"] = to_json(self.datasource_item)
        if not isinstance(self.results, Unset):
            field_dict["results"] = to_json(self.results)
        if not isinstance(self.sample, Unset):
            field_dict["sample"] = to_json(self.sample)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalRunOutputItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['eval.run.output_item']", _raw_object_)
            if object_ != "eval.run.output_item":
                raise ValueError(f"object must match const 'eval.run.output_item', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        run_id = d.pop("run_id", UNSET)

        eval_id = d.pop("eval_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        status = d.pop("status", UNSET)

        datasource_item_id = d.pop("datasource_item_id", UNSET)

        _raw_datasource_item = d.pop("datasource_item", UNSET)
        try:
            datasource_item = EvalRunOutputItemDatasourceItem.from_dict(_raw_datasource_item)

        except LENIENT_ERRORS:
            datasource_item = _raw_datasource_item

        _raw_results = d.pop("results", UNSET)
        try:
            results = []
            _results = _raw_results
            if not isinstance(_results, list):
                raise TypeError()
            for results_item_data in _results:
                try:
                    results_item = EvalRunOutputItemResult.from_dict(results_item_data)

                except LENIENT_ERRORS:
                    results_item = results_item_data
                results.append(results_item)

        except LENIENT_ERRORS:
            results = _raw_results

        _raw_sample = d.pop("sample", UNSET)
        try:
            sample = EvalRunOutputItemSample.from_dict(_raw_sample)

        except LENIENT_ERRORS:
            sample = _raw_sample

        parsed_obj_ = cls(
            object_=object_,
            id=id,
            run_id=run_id,
            eval_id=eval_id,
            created_at=created_at,
            status=status,
            datasource_item_id=datasource_item_id,
            datasource_item=datasource_item,
            results=results,
            sample=sample,
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
