from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None", data)


@_attrs_define(repr=False)
class Eval(ApiModel):
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
        | UnknownVariant
    )
    """ Configuration of data sources used in runs of the evaluation. """

    testing_criteria: list[
        EvalGraderLabelModel
        | EvalGraderPython
        | EvalGraderScoreModel
        | EvalGraderStringCheck
        | EvalGraderTextSimilarity
        | UnknownVariant
    ]
    """ A list of testing criteria.

    Server default: `"eval"`. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the eval was created. """

    object: Literal["eval"] = "eval"
    """ The object type. """

    metadata: Metadata2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("data_source_config", "data_source_config"),
        ("metadata", "metadata"),
        ("name", "name"),
        ("object", "object"),
        ("testing_criteria", "testing_criteria"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['eval']",
        "id": "str",
        "name": "str",
        "data_source_config": "EvalCustomDataSourceConfig | EvalLogsDataSourceConfig | EvalStoredCompletionsDataSourceConfig",
        "testing_criteria": "list[EvalGraderLabelModel | EvalGraderPython | EvalGraderScoreModel | EvalGraderStringCheck | EvalGraderTextSimilarity]",
        "created_at": "int",
        "metadata": "Metadata2 | None",
    }
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
        value_3 = self.data_source_config
        if value_3 is None:
            if "data_source_config" in present:
                out["data_source_config"] = None
        else:
            out["data_source_config"] = to_json(value_3)
        value_4 = self.metadata
        if value_4 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_4)
        value_5 = self.name
        if value_5 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_5
        value_6 = self.object
        if value_6 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_6
        value_7 = self.testing_criteria
        if value_7 is None:
            if "testing_criteria" in present:
                out["testing_criteria"] = None
        elif value_7 or not isinstance(value_7, AbsentList) or "testing_criteria" in present:
            out["testing_criteria"] = to_json(value_7)
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
        parsed_obj_.name = get_("name")
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
        parsed_obj_.created_at = get_("created_at")
        _raw_metadata = get_("metadata", None)
        if _raw_metadata is not None:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = metadata
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
