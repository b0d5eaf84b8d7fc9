from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

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
    from ..models.grader_label_model import GraderLabelModel
    from ..models.grader_python import GraderPython
    from ..models.grader_score_model import GraderScoreModel
    from ..models.grader_string_check import GraderStringCheck
    from ..models.grader_text_similarity import GraderTextSimilarity

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        GraderLabelModel, \
        GraderPython, \
        GraderScoreModel, \
        GraderStringCheck, \
        GraderTextSimilarity
    from ..models.grader_label_model import GraderLabelModel  # noqa: PLC0415
    from ..models.grader_python import GraderPython  # noqa: PLC0415
    from ..models.grader_score_model import GraderScoreModel  # noqa: PLC0415
    from ..models.grader_string_check import GraderStringCheck  # noqa: PLC0415
    from ..models.grader_text_similarity import GraderTextSimilarity  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_graders(
    data: object,
) -> GraderLabelModel | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                GraderStringCheck,
                GraderTextSimilarity,
                GraderPython,
                GraderScoreModel,
                GraderLabelModel,
            ),
        )
        if variant is None:
            return cast(
                "GraderLabelModel | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity",
                UnknownVariant(data),
            )
        return cast(
            "GraderLabelModel | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity",
            variant.from_dict(data),
        )
    return cast(
        "GraderLabelModel | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity",
        data,
    )


@_attrs_define(repr=False)
class GraderMulti(ApiModel):
    """A MultiGrader object combines the output of multiple graders to produce a single score."""

    name: str
    """ The name of the grader. """

    graders: (
        GraderLabelModel
        | GraderPython
        | GraderScoreModel
        | GraderStringCheck
        | GraderTextSimilarity
        | UnknownVariant
    )

    calculate_output: str
    """ A formula to calculate the output based on grader results. """

    type: Literal["multi"] = "multi"
    """ The object type, which is always `multi`. """

    _sdk_name_: ClassVar[str] = "MultiGrader"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("calculate_output", "calculate_output"),
        ("graders", "graders"),
        ("name", "name"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['multi']",
        "name": "str",
        "graders": "GraderLabelModel | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity",
        "calculate_output": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("multi",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
        "graders",
        "calculate_output",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "graders",
            "calculate_output",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.calculate_output
        if value_1 is None:
            if "calculate_output" in present:
                out["calculate_output"] = None
        else:
            out["calculate_output"] = value_1
        value_2 = self.graders
        if value_2 is None:
            if "graders" in present:
                out["graders"] = None
        else:
            out["graders"] = to_json(value_2)
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
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
        parsed_obj_.type = get_("type")
        parsed_obj_.name = get_("name")
        _raw_graders = get_("graders", None)
        try:
            graders = _parse_graders(_raw_graders)

        except LENIENT_ERRORS:
            graders = _raw_graders
        parsed_obj_.graders = graders
        parsed_obj_.calculate_output = get_("calculate_output")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
