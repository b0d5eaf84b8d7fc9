from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_token_logprob_top_logprobs_item import (
        ChatCompletionTokenLogprobTopLogprobsItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionTokenLogprobTopLogprobsItem
    from ..models.chat_completion_token_logprob_top_logprobs_item import (
        ChatCompletionTokenLogprobTopLogprobsItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="ChatCompletionTokenLogprob")


def _parse_bytes_(data: object) -> list[int] | None:
    if data is None:
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, int) for item in data)):
            raise TypeError()
        bytes_type_0 = cast("list[int]", data)

        return bytes_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[int] | None", data)


@_attrs_define
class ChatCompletionTokenLogprob:
    token: str
    """ The token. """
    logprob: float
    """ The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value
    `-9999.0` is used to signify that the token is very unlikely. """
    bytes_: list[int] | None
    top_logprobs: list[ChatCompletionTokenLogprobTopLogprobsItem]
    """ List of the most likely tokens and their log probability, at this token position. The number of entries may
    be fewer than the requested `top_logprobs`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "token",
        "logprob",
        "bytes",
        "top_logprobs",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "token",
            "logprob",
            "bytes",
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
        if not isinstance(self.bytes_, Unset):
            field_dict["bytes"] = to_json(self.bytes_)
        if not isinstance(self.top_logprobs, Unset):
            field_dict["top_logprobs"] = to_json(self.top_logprobs)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatCompletionTokenLogprob: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        token = d.pop("token", UNSET)

        logprob = d.pop("logprob", UNSET)

        _raw_bytes_ = d.pop("bytes", UNSET)
        try:
            bytes_ = _parse_bytes_(_raw_bytes_)

        except LENIENT_ERRORS:
            bytes_ = _raw_bytes_

        _raw_top_logprobs = d.pop("top_logprobs", UNSET)
        try:
            top_logprobs = []
            _top_logprobs = _raw_top_logprobs
            if not isinstance(_top_logprobs, list):
                raise TypeError()
            for top_logprobs_item_data in _top_logprobs:
                try:
                    top_logprobs_item = ChatCompletionTokenLogprobTopLogprobsItem.from_dict(
                        top_logprobs_item_data
                    )

                except LENIENT_ERRORS:
                    top_logprobs_item = top_logprobs_item_data
                top_logprobs.append(top_logprobs_item)

        except LENIENT_ERRORS:
            top_logprobs = _raw_top_logprobs

        parsed_obj_ = cls(
            token=token,
            logprob=logprob,
            bytes_=bytes_,
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
