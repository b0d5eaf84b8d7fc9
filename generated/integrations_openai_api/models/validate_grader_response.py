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


T = TypeVar("T", bound="ValidateGraderResponse")


def _parse_grader(
    data: object,
) -> (
    GraderMulti
    | GraderPython
    | GraderScoreModel
    | GraderStringCheck
    | GraderTextSimilarity
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
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
                "GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity | None | Unset",
                UnknownVariant(data),
            )
        return cast(
            "GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity | None | Unset",
            variant.from_dict(data),
        )
    return cast(
        "GraderMulti | GraderPython | GraderScoreModel | GraderStringCheck | GraderTextSimilarity | None | Unset",
        data,
    )


@_attrs_define
class ValidateGraderResponse:
    grader: (
        GraderMulti
        | GraderPython
        | GraderScoreModel
        | GraderStringCheck
        | GraderTextSimilarity
        | None
        | Unset
    ) = UNSET
    """ The grader used for the fine-tuning job. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("grader",))

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.grader is not UNSET:
            field_dict["grader"] = to_json(self.grader)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ValidateGraderResponse: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_grader = d.pop("grader", UNSET)
        try:
            grader = _parse_grader(_raw_grader)

        except LENIENT_ERRORS:
            grader = _raw_grader

        parsed_obj_ = cls(
            grader=grader,
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
