from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.run_grader_response_metadata_errors import RunGraderResponseMetadataErrors
    from ..models.run_grader_response_metadata_scores import RunGraderResponseMetadataScores

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunGraderResponseMetadataErrors, RunGraderResponseMetadataScores
    from ..models.run_grader_response_metadata_errors import RunGraderResponseMetadataErrors  # noqa: PLC0415
    from ..models.run_grader_response_metadata_scores import RunGraderResponseMetadataScores  # noqa: PLC0415

    _lazy_loaded = True


def _parse_token_usage(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_sampled_model_name(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define(repr=False)
class RunGraderResponseMetadata(ApiModel):
    name: str

    type: str

    errors: RunGraderResponseMetadataErrors

    execution_time: float

    scores: RunGraderResponseMetadataScores

    token_usage: int | None

    sampled_model_name: str | None

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("type", "type"),
        ("errors", "errors"),
        ("execution_time", "execution_time"),
        ("scores", "scores"),
        ("token_usage", "token_usage"),
        ("sampled_model_name", "sampled_model_name"),
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = d.pop("name", None)

        type_ = d.pop("type", None)

        _raw_errors = d.pop("errors", None)
        try:
            errors = RunGraderResponseMetadataErrors.from_dict(_raw_errors)

        except LENIENT_ERRORS:
            errors = _raw_errors

        execution_time = d.pop("execution_time", None)

        _raw_scores = d.pop("scores", None)
        try:
            scores = RunGraderResponseMetadataScores.from_dict(_raw_scores)

        except LENIENT_ERRORS:
            scores = _raw_scores

        _raw_token_usage = d.pop("token_usage", None)
        try:
            token_usage = _parse_token_usage(_raw_token_usage)

        except LENIENT_ERRORS:
            token_usage = _raw_token_usage

        _raw_sampled_model_name = d.pop("sampled_model_name", None)
        try:
            sampled_model_name = _parse_sampled_model_name(_raw_sampled_model_name)

        except LENIENT_ERRORS:
            sampled_model_name = _raw_sampled_model_name

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = name
        parsed_obj_.type = type_
        parsed_obj_.errors = errors
        parsed_obj_.execution_time = execution_time
        parsed_obj_.scores = scores
        parsed_obj_.token_usage = token_usage
        parsed_obj_.sampled_model_name = sampled_model_name
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
