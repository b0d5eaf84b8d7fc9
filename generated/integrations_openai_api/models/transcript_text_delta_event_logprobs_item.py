from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_token(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_logprob(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_bytes_(data: object) -> list[int] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, int) for item in data)):
            raise TypeError()
        bytes_type_0 = cast("list[int]", data)

        return bytes_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[int] | None | Unset", data)


@_attrs_define(repr=False)
class TranscriptTextDeltaEventLogprobsItem(ApiModel):
    token: str | None = ABSENT
    """ The token that was used to generate the log probability.
     """

    logprob: float | None = ABSENT
    """ The log probability of the token.
     """

    bytes: list[int] | None = ABSENT
    """ The bytes that were used to generate the log probability.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("token", "token"),
        ("logprob", "logprob"),
        ("bytes", "bytes"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "token": "None | str | Unset",
        "logprob": "float | None | Unset",
        "bytes": "list[int] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "token",
            "logprob",
            "bytes",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_token = d.pop("token", UNSET)
        try:
            token = _parse_token(_raw_token)

        except LENIENT_ERRORS:
            token = _raw_token

        _raw_logprob = d.pop("logprob", UNSET)
        try:
            logprob = _parse_logprob(_raw_logprob)

        except LENIENT_ERRORS:
            logprob = _raw_logprob

        _raw_bytes_ = d.pop("bytes", UNSET)
        try:
            bytes_ = _parse_bytes_(_raw_bytes_)

        except LENIENT_ERRORS:
            bytes_ = _raw_bytes_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.token = None if isinstance(token, Unset) else token
        parsed_obj_.logprob = None if isinstance(logprob, Unset) else logprob
        parsed_obj_.bytes = None if isinstance(bytes_, Unset) else bytes_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
