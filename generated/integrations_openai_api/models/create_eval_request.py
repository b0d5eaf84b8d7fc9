from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define(repr=False)
class CreateEvalRequest(ApiModel):
    data_source_config: (
        CreateEvalCustomDataSourceConfig
        | CreateEvalLogsDataSourceConfig
        | CreateEvalStoredCompletionsDataSourceConfig
        | UnknownVariant
    )
    """ The configuration for the data source used for the evaluation runs. Dictates the schema of the data used in
    the evaluation. """

    testing_criteria: list[
        CreateEvalLabelModelGrader
        | EvalGraderPython
        | EvalGraderScoreModel
        | EvalGraderStringCheck
        | EvalGraderTextSimilarity
        | UnknownVariant
    ]
    """ A list of graders for all eval runs in this group. Graders can reference variables in the data source using
    double curly braces notation, like `{{item.variable_name}}`. To reference the model's output, use the `sample`
    namespace (ie, `{{sample.output_text}}`). """

    name: str | None = ABSENT
    """ The name of the evaluation. """

    metadata: Metadata2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data_source_config", "data_source_config"),
        ("testing_criteria", "testing_criteria"),
        ("name", "name"),
        ("metadata", "metadata"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "data_source_config": "CreateEvalCustomDataSourceConfig | CreateEvalLogsDataSourceConfig | CreateEvalStoredCompletionsDataSourceConfig",
        "testing_criteria": "list[CreateEvalLabelModelGrader | EvalGraderPython | EvalGraderScoreModel | EvalGraderStringCheck | EvalGraderTextSimilarity]",
        "name": "str | Unset",
        "metadata": "Metadata2 | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.data_source_config
        if value_1 is None:
            if "data_source_config" in present:
                out["data_source_config"] = None
        else:
            out["data_source_config"] = to_json(value_1)
        value_2 = self.testing_criteria
        if value_2 is None:
            if "testing_criteria" in present:
                out["testing_criteria"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "testing_criteria" in present:
            out["testing_criteria"] = to_json(value_2)
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
        value_4 = self.metadata
        if value_4 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_4)
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
        _raw_data_source_config = get_("data_source_config", None)
        try:
            data_source_config = _parse_data_source_config(_raw_data_source_config)

        except LENIENT_ERRORS:
            data_source_config = _raw_data_source_config
        parsed_obj_.data_source_config = data_source_config
        _raw_testing_criteria = get_("testing_criteria", UNSET)
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
        parsed_obj_.testing_criteria = (
            AbsentList() if isinstance(testing_criteria, Unset) else testing_criteria
        )
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
