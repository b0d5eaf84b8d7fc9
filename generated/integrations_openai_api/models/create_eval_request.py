from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_eval_custom_data_source_config import CreateEvalCustomDataSourceConfig
    from ..models.create_eval_label_model_grader import CreateEvalLabelModelGrader
    from ..models.create_eval_logs_data_source_config import CreateEvalLogsDataSourceConfig
    from ..models.create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfig,
    )
    from ..models.eval_grader_python import EvalGraderPython
    from ..models.eval_grader_score_model import EvalGraderScoreModel
    from ..models.eval_grader_string_check import EvalGraderStringCheck
    from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateEvalCustomDataSourceConfig, \
        CreateEvalLabelModelGrader, \
        CreateEvalLogsDataSourceConfig, \
        CreateEvalStoredCompletionsDataSourceConfig, \
        EvalGraderPython, \
        EvalGraderScoreModel, \
        EvalGraderStringCheck, \
        EvalGraderTextSimilarity, \
        Metadata2
    from ..models.create_eval_custom_data_source_config import CreateEvalCustomDataSourceConfig  # noqa: PLC0415
    from ..models.create_eval_label_model_grader import CreateEvalLabelModelGrader  # noqa: PLC0415
    from ..models.create_eval_logs_data_source_config import CreateEvalLogsDataSourceConfig  # noqa: PLC0415
    from ..models.create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfig,  # noqa: PLC0415
    )
    from ..models.eval_grader_python import EvalGraderPython  # noqa: PLC0415
    from ..models.eval_grader_score_model import EvalGraderScoreModel  # noqa: PLC0415
    from ..models.eval_grader_string_check import EvalGraderStringCheck  # noqa: PLC0415
    from ..models.eval_grader_text_similarity import EvalGraderTextSimilarity  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateEvalRequest")


def _parse_data_source_config(
    data: object,
) -> (
    CreateEvalCustomDataSourceConfig
    | CreateEvalLogsDataSourceConfig
    | CreateEvalStoredCompletionsDataSourceConfig
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                CreateEvalCustomDataSourceConfig,
                CreateEvalLogsDataSourceConfig,
                CreateEvalStoredCompletionsDataSourceConfig,
            ),
        )
        if variant is None:
            return cast(
                "CreateEvalCustomDataSourceConfig | CreateEvalLogsDataSourceConfig | CreateEvalStoredCompletionsDataSourceConfig",
                UnknownVariant(data),
            )
        return cast(
            "CreateEvalCustomDataSourceConfig | CreateEvalLogsDataSourceConfig | CreateEvalStoredCompletionsDataSourceConfig",
            variant.from_dict(data),
        )
    return cast(
        "CreateEvalCustomDataSourceConfig | CreateEvalLogsDataSourceConfig | CreateEvalStoredCompletionsDataSourceConfig",
        data,
    )


def _parse_testing_criteria_item(
    data: object,
) -> (
    CreateEvalLabelModelGrader
    | EvalGraderPython
    | EvalGraderScoreModel
    | EvalGraderStringCheck
    | EvalGraderTextSimilarity
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                CreateEvalLabelModelGrader,
                EvalGraderStringCheck,
                EvalGraderTextSimilarity,
                EvalGraderPython,
                EvalGraderScoreModel,
            ),
        )
        if variant is None:
            return cast(
                "CreateEvalLabelModelGrader | EvalGraderPython | EvalGraderScoreModel | EvalGraderStringCheck | EvalGraderTextSimilarity",
                UnknownVariant(data),
            )
        return cast(
            "CreateEvalLabelModelGrader | EvalGraderPython | EvalGraderScoreModel | EvalGraderStringCheck | EvalGraderTextSimilarity",
            variant.from_dict(data),
        )
    return cast(
        "CreateEvalLabelModelGrader | EvalGraderPython | EvalGraderScoreModel | EvalGraderStringCheck | EvalGraderTextSimilarity",
        data,
    )


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define
class CreateEvalRequest:
    data_source_config: (
        CreateEvalCustomDataSourceConfig
        | CreateEvalLogsDataSourceConfig
        | CreateEvalStoredCompletionsDataSourceConfig
    )
    """ The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in
    the evaluation. """
    testing_criteria: list[
        CreateEvalLabelModelGrader
        | EvalGraderPython
        | EvalGraderScoreModel
        | EvalGraderStringCheck
        | EvalGraderTextSimilarity
    ]
    """ A list of graders for all eval runs in this group. Graders can reference variables in the data source using
    double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample`
    namespace (ie, `{{sample.output_text}}`). """
    name: str | Unset = UNSET
    """ The name of the evaluation. """
    metadata: Metadata2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "data_source_config",
        "testing_criteria",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "data_source_config",
            "testing_criteria",
            "name",
            "metadata",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.data_source_config, Unset):
            field_dict["data_source_config"] = to_json(self.data_source_config)
        if not isinstance(self.testing_criteria, Unset):
            field_dict["testing_criteria"] = to_json(self.testing_criteria)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateEvalRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
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

        name = d.pop("name", UNSET)

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        parsed_obj_ = cls(
            data_source_config=data_source_config,
            testing_criteria=testing_criteria,
            name=name,
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
