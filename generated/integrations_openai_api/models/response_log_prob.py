from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_log_prob_top_logprobs_item import ResponseLogProbTopLogprobsItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseLogProbTopLogprobsItem
    from ..models.response_log_prob_top_logprobs_item import ResponseLogProbTopLogprobsItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ResponseLogProb")


def _parse_top_logprobs(data: object) -> list[ResponseLogProbTopLogprobsItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        top_logprobs_type_0 = []
        _top_logprobs_type_0 = data
        if not isinstance(_top_logprobs_type_0, list):
            raise TypeError()
        for top_logprobs_type_0_item_data in _top_logprobs_type_0:
            try:
                top_logprobs_type_0_item = ResponseLogProbTopLogprobsItem.from_dict(
                    top_logprobs_type_0_item_data
                )

            except LENIENT_ERRORS:
                top_logprobs_type_0_item = top_logprobs_type_0_item_data
            top_logprobs_type_0.append(top_logprobs_type_0_item)

        return top_logprobs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ResponseLogProbTopLogprobsItem] | None | Unset", data)


@_attrs_define
class ResponseLogProb:
    """A logprob is the logarithmic probability that the model assigns to producing
    a particular token at a given position in the sequence. Less-negative (higher)
    logprob values indicate greater model confidence in that token choice.

    """

    token: str
    """ A possible text token. """
    logprob: float
    """ The log probability of this token.
     """
    top_logprobs: list[ResponseLogProbTopLogprobsItem] | None | Unset = UNSET
    """ The log probabilities of up to 20 of the most likely tokens.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "token",
        "logprob",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "token",
            "logprob",
            "top_logprobs",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.token, Unset):
            field_dict["token"] = self.token
        if not isinstance(self.logprob, Unset):
            field_dict["logprob"] = self.logprob
        if self.top_logprobs is not UNSET:
            field_dict["top_logprobs"] = to_json(self.top_logprobs)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ResponseLogProb: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        token = d.pop("token", UNSET)

        logprob = d.pop("logprob", UNSET)

        _raw_top_logprobs = d.pop("top_logprobs", UNSET)
        try:
            top_logprobs = _parse_top_logprobs(_raw_top_logprobs)

        except LENIENT_ERRORS:
            top_logprobs = _raw_top_logprobs

        parsed_obj_ = cls(
            token=token,
            logprob=logprob,
            top_logprobs=top_logprobs,
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
