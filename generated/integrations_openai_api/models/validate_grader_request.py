from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.grader_multi import GraderMulti
    from ..models.grader_python import GraderPython
    from ..models.grader_score_model import GraderScoreModel
    from ..models.grader_string_check import GraderStringCheck
    from ..models.grader_text_similarity import GraderTextSimilarity

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        GraderMulti, \
        GraderPython, \
        GraderScoreModel, \
        GraderStringCheck, \
        GraderTextSimilarity
    from ..models.grader_multi import GraderMulti  # noqa: PLC0415
    from ..models.grader_python import GraderPython  # noqa: PLC0415
    from ..models.grader_score_model import GraderScoreModel  # noqa: PLC0415
    from ..models.grader_string_check import GraderStringCheck  # noqa: PLC0415
    from ..models.grader_text_similarity import GraderTextSimilarity  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class ValidateGraderRequest(ApiModel):
    grader: (
        GraderMulti
        | GraderPython
        | GraderScoreModel
        | GraderStringCheck
        | GraderTextSimilarity
        | UnknownVariant
    )
    """ The grader used for the fine-tuning job. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("grader", "grader"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "grader": "GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("grader",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("grader",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.grader
        if value_1 is None:
            if "grader" in present:
                out["grader"] = None
        else:
            out["grader"] = to_json(value_1)
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
        _raw_grader = get_("grader", None)
        try:
            grader = _parse_grader(_raw_grader)

        except LENIENT_ERRORS:
            grader = _raw_grader
        parsed_obj_.grader = grader
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
