from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_custom_data_source_config import EvalCustomDataSourceConfig
    from ..models.eval_grader_label_model import EvalGraderLabelModel
    from ..models.eval_grader_python import EvalGraderPython
    from ..models.eval_grader_score_model import EvalGraderScoreModel
    from ..models.eval_grader_string_check import EvalGraderStringCheck
    from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity
    from ..models.eval_logs_data_source_config import EvalLogsDataSourceConfig
    from ..models.eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig,
    )
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        EvalCustomDataSourceConfig, \
        EvalGraderLabelModel, \
        EvalGraderPython, \
        EvalGraderScoreModel, \
        EvalGraderStringCheck, \
        EvalGraderTextSimilarity, \
        EvalLogsDataSourceConfig, \
        EvalStoredCompletionsDataSourceConfig, \
        Metadata2
    from ..models.eval_custom_data_source_config import EvalCustomDataSourceConfig  # noqa: PLC0415
    from ..models.eval_grader_label_model import EvalGraderLabelModel  # noqa: PLC0415
    from ..models.eval_grader_python import EvalGraderPython  # noqa: PLC0415
    from ..models.eval_grader_score_model import EvalGraderScoreModel  # noqa: PLC0415
    from ..models.eval_grader_string_check import EvalGraderStringCheck  # noqa: PLC0415
    from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity  # noqa: PLC0415
    from ..models.eval_logs_data_source_config import EvalLogsDataSourceConfig  # noqa: PLC0415
    from ..models.eval_stored_completions_data_source_config import (
        EvalStoredCompletionsDataSourceConfig,  # noqa: PLC0415
    )
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Eval")


def _parse_data_source_config(
    data: object,
) -> EvalCustomDataSourceConfig | EvalLogsDataSourceConfig | EvalStoredCompletionsDataSourceConfig:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                EvalCustomDataSourceConfig,
                EvalLogsDataSourceConfig,
                EvalStoredCompletionsDataSourceConfig,
            ),
        )
        if variant is None:
            return cast(
                "EvalCustomDataSourceConfig | EvalLogsDataSourceConfig | EvalStoredCompletionsDataSourceConfig",
                UnknownVariant(data),
            )
        return cast(
            "EvalCustomDataSourceConfig | EvalLogsDataSourceConfig | EvalStoredCompletionsDataSourceConfig",
            variant.from_dict(data),
        )
    return cast(
        "EvalCustomDataSourceConfig | EvalLogsDataSourceConfig | EvalStoredCompletionsDataSourceConfig",
        data,
    )


def _parse_testing_criteria_item(
    data: object,
) -> (
    EvalGraderLabelModel
    | EvalGraderPython
    | EvalGraderScoreModel
    | EvalGraderStringCheck
    | EvalGraderTextSimilarity
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                EvalGraderLabelModel,
                EvalGraderStringCheck,
                EvalGraderTextSimilarity,
                EvalGraderPython,
                EvalGraderScoreModel,
            ),
        )
        if variant is None:
            return cast(
                "EvalGraderLabelModel | EvalGraderPython | EvalGraderScoreModel | EvalGraderStringCheck | EvalGraderTextSimilarity",
                UnknownVariant(data),
            )
        return cast(
            "EvalGraderLabelModel | EvalGraderPython | EvalGraderScoreModel | EvalGraderStringCheck | EvalGraderTextSimilarity",
            variant.from_dict(data),
        )
    return cast(
        "EvalGraderLabelModel | EvalGraderPython | EvalGraderScoreModel | EvalGraderStringCheck | EvalGraderTextSimilarity",
        data,
    )


def _parse_metadata(data: object) -> Metadata2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None", data)


@_attrs_define
class Eval:
    """An Eval object with a data source config and testing criteria.
    An Eval represents a task to be done for your LLM integration.
    Like:
     - Improve the quality of my chatbot
     - See how well my chatbot handles customer support
     - Check if o4-mini is better at my usecase than gpt-4o

    """

    id: str
    """ Unique identifier for the evaluation. """
    name: str
    """ The name of the evaluation. """
    data_source_config: (
        EvalCustomDataSourceConfig
        | EvalLogsDataSourceConfig
        | EvalStoredCompletionsDataSourceConfig
    )
    """ Configuration of data sources used in runs of the evaluation. """
    testing_criteria: list[
        EvalGraderLabelModel
        | EvalGraderPython
        | EvalGraderScoreModel
        | EvalGraderStringCheck
        | EvalGraderTextSimilarity
    ]
    """ A list of testing criteria.

    Server default: `"eval"`. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the eval was created. """
    metadata: Metadata2 | None
    object_: Literal["eval"] = "eval"
    """ The object type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("eval",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "name",
        "data_source_config",
        "testing_criteria",
        "created_at",
        "metadata",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "name",
            "data_source_config",
            "testing_criteria",
            "created_at",
            "metadata",
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
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.data_source_config, Unset):
            field_dict["data_source_config"] = to_json(self.data_source_config)
        if not isinstance(self.testing_criteria, Unset):
            field_dict["testing_criteria"] = to_json(self.testing_criteria)
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = to_json(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Eval: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['eval']", _raw_object_)
            if object_ != "eval":
                raise ValueError(f"object must match const 'eval', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _raw_data_source_config = d.pop("data_source_config", UNSET)
        try:
            data_source_config = _parse_data_source_config(_raw_data_source_config)

        except LENIENT_ERRORS:
            data_source_config = _raw_data_source_config

        _raw_testing_criteria = d.pop("testing_criteria", UNSET)
        try:
            testing_criteria = []
            _testing_criteria = _raw_testing_criteria
            if not isinstance(_testing_criteria, list):
                raise TypeError()
            for testing_criteria_item_data in _testing_criteria:
                try:
                    testing_criteria_item = _parse_testing_criteria_item(testing_criteria_item_data)

                except LENIENT_ERRORS:
                    testing_criteria_item = testing_criteria_item_data
                testing_criteria.append(testing_criteria_item)

        except LENIENT_ERRORS:
            testing_criteria = _raw_testing_criteria

        created_at = d.pop("created_at", UNSET)

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        parsed_obj_ = cls(
            object_=object_,
            id=id,
            name=name,
            data_source_config=data_source_config,
            testing_criteria=testing_criteria,
            created_at=created_at,
            metadata=metadata,
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
