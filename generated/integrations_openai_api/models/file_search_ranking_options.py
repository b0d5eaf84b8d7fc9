from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.file_search_ranker import FileSearchRanker, check_file_search_ranker
from ..types import UNSET, Unset

T = TypeVar("T", bound="FileSearchRankingOptions")


def _parse_ranker(data: object) -> FileSearchRanker | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        ranker_type_0 = check_file_search_ranker(data)

        return ranker_type_0
    except LENIENT_ERRORS:
        pass
    return cast("FileSearchRanker | None | Unset", data)


@_attrs_define
class FileSearchRankingOptions:
    """The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a
    score_threshold of 0.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for
    more information.

    """

    score_threshold: float
    """ The score threshold for the file search. All values must be a floating point number between 0 and 1. """
    ranker: FileSearchRanker | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("score_threshold",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "score_threshold",
            "ranker",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.score_threshold, Unset):
            field_dict["score_threshold"] = self.score_threshold
        if self.ranker is not UNSET:
            field_dict["ranker"] = to_json(self.ranker)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FileSearchRankingOptions: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        score_threshold = d.pop("score_threshold", UNSET)

        _raw_ranker = d.pop("ranker", UNSET)
        try:
            ranker = _parse_ranker(_raw_ranker)

        except LENIENT_ERRORS:
            ranker = _raw_ranker

        parsed_obj_ = cls(
            score_threshold=score_threshold,
            ranker=ranker,
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
