from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.run_grader_response_metadata_errors import RunGraderResponseMetadataErrors
    from ..models.run_grader_response_metadata_scores import RunGraderResponseMetadataScores

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunGraderResponseMetadataErrors, RunGraderResponseMetadataScores
    from ..models.run_grader_response_metadata_errors import RunGraderResponseMetadataErrors  # noqa: PLC0415
    from ..models.run_grader_response_metadata_scores import RunGraderResponseMetadataScores  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RunGraderResponseMetadata(ApiModel):
    name: str

    type: str

    errors: RunGraderResponseMetadataErrors

    execution_time: float

    scores: RunGraderResponseMetadataScores

    token_usage: int | None = ABSENT

    sampled_model_name: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "Metadata"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("errors", "errors"),
        ("execution_time", "execution_time"),
        ("name", "name"),
        ("sampled_model_name", "sampled_model_name"),
        ("scores", "scores"),
        ("token_usage", "token_usage"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "type": "str",
        "errors": "RunGraderResponseMetadataErrors",
        "execution_time": "float",
        "scores": "RunGraderResponseMetadataScores",
        "token_usage": "int | None",
        "sampled_model_name": "None | str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "name",
        "type",
        "errors",
        "execution_time",
        "scores",
        "token_usage",
        "sampled_model_name",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "type",
            "errors",
            "execution_time",
            "scores",
            "token_usage",
            "sampled_model_name",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.errors
        if value_1 is None:
            if "errors" in present:
                out["errors"] = None
        else:
            out["errors"] = to_json(value_1)
        value_2 = self.execution_time
        if value_2 is None:
            if "execution_time" in present:
                out["execution_time"] = None
        else:
            out["execution_time"] = value_2
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
        value_4 = self.sampled_model_name
        if value_4 is None:
            if "sampled_model_name" in present:
                out["sampled_model_name"] = None
        else:
            out["sampled_model_name"] = to_json(value_4)
        value_5 = self.scores
        if value_5 is None:
            if "scores" in present:
                out["scores"] = None
        else:
            out["scores"] = to_json(value_5)
        value_6 = self.token_usage
        if value_6 is None:
            if "token_usage" in present:
                out["token_usage"] = None
        else:
            out["token_usage"] = to_json(value_6)
        value_7 = self.type
        if value_7 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_7
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
        parsed_obj_.name = get_("name")
        parsed_obj_.type = get_("type")
        errors = get_("errors")
        if errors is not None:
            try:
                errors = (
                    RunGraderResponseMetadataErrors._from_dict_(errors)
                    if errors.__class__ is dict
                    else RunGraderResponseMetadataErrors.from_dict(errors)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.errors = errors
        parsed_obj_.execution_time = as_float(get_("execution_time"))
        scores = get_("scores")
        if scores is not None:
            try:
                scores = (
                    RunGraderResponseMetadataScores._from_dict_(scores)
                    if scores.__class__ is dict
                    else RunGraderResponseMetadataScores.from_dict(scores)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.scores = scores
        parsed_obj_.token_usage = get_("token_usage")
        parsed_obj_.sampled_model_name = get_("sampled_model_name")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
