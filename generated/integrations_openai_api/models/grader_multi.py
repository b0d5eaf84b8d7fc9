from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="GraderMulti")


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


@_attrs_define
class GraderMulti:
    """A MultiGrader object combines the output of multiple graders to produce a single score."""

    name: str
    """ The name of the grader. """
    graders: (
        GraderLabelModel
        | GraderPython
        | GraderScoreModel
        | GraderStringCheck
        | GraderTextSimilarity
    )
    calculate_output: str
    """ A formula to calculate the output based on grader results. """
    type_: Literal["multi"] = "multi"
    """ The object type, which is always `multi`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.graders, Unset):
            field_dict["graders"] = to_json(self.graders)
        if not isinstance(self.calculate_output, Unset):
            field_dict["calculate_output"] = self.calculate_output
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"GraderMulti: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['multi']", _raw_type_)
            if type_ != "multi":
                raise ValueError(f"type must match const 'multi', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        name = d.pop("name", UNSET)

        _raw_graders = d.pop("graders", UNSET)
        try:
            graders = _parse_graders(_raw_graders)

        except LENIENT_ERRORS:
            graders = _raw_graders

        calculate_output = d.pop("calculate_output", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            name=name,
            graders=graders,
            calculate_output=calculate_output,
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
