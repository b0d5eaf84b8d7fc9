from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_moderation_response_results_item import CreateModerationResponseResultsItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateModerationResponseResultsItem
    from ..models.create_moderation_response_results_item import CreateModerationResponseResultsItem  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateModerationResponse(ApiModel):
    """Represents if a given text input is potentially harmful."""

    id: str
    """ The unique identifier for the moderation request. """

    model: str
    """ The model used to generate the moderation results. """

    results: list[CreateModerationResponseResultsItem]
    """ A list of moderation objects. """

    _sdk_name_: ClassVar[str] = "ModerationCreateResponse"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("model", "model"),
        ("results", "results"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "model": "str",
        "results": "list[CreateModerationResponseResultsItem]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "model",
        "results",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "model",
            "results",
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
        value_2 = self.model
        if value_2 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_2
        value_3 = self.results
        if value_3 is None:
            if "results" in present:
                out["results"] = None
        elif value_3 or not isinstance(value_3, AbsentList) or "results" in present:
            out["results"] = to_json(value_3)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.model = get_("model")
        _raw_results = get_("results", UNSET)
        try:
            results = []
            _results = _raw_results
            if not isinstance(_results, list):
                raise TypeError()
            for results_item_data in _results:
                try:
                    results_item = (
                        CreateModerationResponseResultsItem._from_dict_(results_item_data)
                        if results_item_data.__class__ is dict
                        else CreateModerationResponseResultsItem.from_dict(results_item_data)
                    )
                except LENIENT_ERRORS:
                    results_item = results_item_data
                results.append(results_item)

        except LENIENT_ERRORS:
            results = _raw_results
        parsed_obj_.results = AbsentList() if isinstance(results, Unset) else results
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
