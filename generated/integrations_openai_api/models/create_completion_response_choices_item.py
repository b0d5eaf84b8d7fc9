from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.create_completion_response_choices_item_finish_reason import (
    CreateCompletionResponseChoicesItemFinishReason,
    check_create_completion_response_choices_item_finish_reason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_completion_response_choices_item_logprobs import (
        CreateCompletionResponseChoicesItemLogprobs,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateCompletionResponseChoicesItemLogprobs
    from ..models.create_completion_response_choices_item_logprobs import (
        CreateCompletionResponseChoicesItemLogprobs,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="CreateCompletionResponseChoicesItem")


def _parse_logprobs(data: object) -> CreateCompletionResponseChoicesItemLogprobs | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return CreateCompletionResponseChoicesItemLogprobs.from_dict(data)
    return cast("CreateCompletionResponseChoicesItemLogprobs | None", data)


@_attrs_define
class CreateCompletionResponseChoicesItem:
    finish_reason: CreateCompletionResponseChoicesItemFinishReason
    """ The reason the model stopped generating tokens. This will be `stop` if the model hit a natural stop point or
    a provided stop sequence,
    `length` if the maximum number of tokens specified in the request was reached,
    or `content_filter` if content was omitted due to a flag from our content filters.
     """
    index: int
    logprobs: CreateCompletionResponseChoicesItemLogprobs | None
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "finish_reason": (
            "content_filter",
            "length",
            "stop",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "finish_reason",
        "index",
        "logprobs",
        "text",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "finish_reason",
            "index",
            "logprobs",
            "text",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.finish_reason, Unset):
            field_dict["finish_reason"] = self.finish_reason
        if not isinstance(self.index, Unset):
            field_dict["index"] = self.index
        if not isinstance(self.logprobs, Unset):
            field_dict["logprobs"] = to_json(self.logprobs)
        if not isinstance(self.text, Unset):
            field_dict["text"] = self.text
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateCompletionResponseChoicesItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_finish_reason = d.pop("finish_reason", UNSET)
        try:
            finish_reason = check_create_completion_response_choices_item_finish_reason(
                _raw_finish_reason
            )

        except LENIENT_ERRORS:
            finish_reason = _raw_finish_reason

        index = d.pop("index", UNSET)

        _raw_logprobs = d.pop("logprobs", UNSET)
        try:
            logprobs = _parse_logprobs(_raw_logprobs)

        except LENIENT_ERRORS:
            logprobs = _raw_logprobs

        text = d.pop("text", UNSET)

        parsed_obj_ = cls(
            finish_reason=finish_reason,
            index=index,
            logprobs=logprobs,
            text=text,
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
