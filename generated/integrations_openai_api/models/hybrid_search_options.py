from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class HybridSearchOptions(ApiModel):
    embedding_weight: float
    """ The weight of the embedding in the reciprocal ranking fusion. """

    text_weight: float
    """ The weight of the text in the reciprocal ranking fusion. """

    _sdk_name_: ClassVar[str] = "RankingOptionsHybridSearch"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("embedding_weight", "embedding_weight"),
        ("text_weight", "text_weight"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "embedding_weight": "float",
        "text_weight": "float",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "embedding_weight",
        "text_weight",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "embedding_weight",
            "text_weight",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.embedding_weight
        if value_1 is None:
            if "embedding_weight" in present:
                out["embedding_weight"] = None
        else:
            out["embedding_weight"] = value_1
        value_2 = self.text_weight
        if value_2 is None:
            if "text_weight" in present:
                out["text_weight"] = None
        else:
            out["text_weight"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        embedding_weight = d.pop("embedding_weight", None)

        text_weight = d.pop("text_weight", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.embedding_weight = embedding_weight
        parsed_obj_.text_weight = text_weight
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
