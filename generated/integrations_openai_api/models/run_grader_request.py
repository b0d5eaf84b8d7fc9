from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grader_multi import GraderMulti
    from ..models.grader_python import GraderPython
    from ..models.grader_score_model import GraderScoreModel
    from ..models.grader_string_check import GraderStringCheck
    from ..models.grader_text_similarity import GraderTextSimilarity
    from ..models.run_grader_request_item import RunGraderRequestItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        GraderMulti, \
        GraderPython, \
        GraderScoreModel, \
        GraderStringCheck, \
        GraderTextSimilarity, \
        RunGraderRequestItem
    from ..models.grader_multi import GraderMulti  # noqa: PLC0415
    from ..models.grader_python import GraderPython  # noqa: PLC0415
    from ..models.grader_score_model import GraderScoreModel  # noqa: PLC0415
    from ..models.grader_string_check import GraderStringCheck  # noqa: PLC0415
    from ..models.grader_text_similarity import GraderTextSimilarity  # noqa: PLC0415
    from ..models.run_grader_request_item import RunGraderRequestItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RunGraderRequest")


def _parse_grader(
    data: object,
) -> GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                GraderStringCheck,
                GraderTextSimilarity,
                GraderPython,
                GraderScoreModel,
                GraderMulti,
            ),
        )
        if variant is None:
            return cast(
                "GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity",
                UnknownVariant(data),
            )
        return cast(
            "GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity",
            variant.from_dict(data),
        )
    return cast(
        "GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity",
        data,
    )


@_attrs_define
class RunGraderRequest:
    grader: GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity
    """ The grader used for the fine-tuning job. """
    model_sample: str
    """ The model sample to be evaluated. This value will be used to populate
    the `sample` namespace. See [the guide](/docs/guides/graders) for more details.
    The `output_json` variable will be populated if the model sample is a
    valid JSON string.

     """
    item: RunGraderRequestItem | Unset = UNSET
    """ The dataset item provided to the grader. This will be used to populate
    the `item` namespace. See [the guide](/docs/guides/graders) for more details.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "grader",
        "model_sample",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "grader",
            "model_sample",
            "item",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.grader, Unset):
            field_dict["grader"] = to_json(self.grader)
        if not isinstance(self.model_sample, Unset):
            field_dict["model_sample"] = self.model_sample
        if self.item is not UNSET:
            field_dict["item"] = to_json(self.item)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RunGraderRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_grader = d.pop("grader", UNSET)
        try:
            grader = _parse_grader(_raw_grader)

        except LENIENT_ERRORS:
            grader = _raw_grader

        model_sample = d.pop("model_sample", UNSET)

        _raw_item = d.pop("item", UNSET)
        try:
            _item = _raw_item
            item: RunGraderRequestItem | Unset
            if isinstance(_item, Unset):
                item = UNSET
            else:
                item = RunGraderRequestItem.from_dict(_item)

        except LENIENT_ERRORS:
            item = _raw_item

        parsed_obj_ = cls(
            grader=grader,
            model_sample=model_sample,
            item=item,
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
