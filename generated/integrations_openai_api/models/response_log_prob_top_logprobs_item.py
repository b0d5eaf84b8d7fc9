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


@_attrs_define(repr=False)
class ResponseLogProbTopLogprobsItem(ApiModel):
    token: str | None = ABSENT
    """ A possible text token. """

    logprob: float | None = ABSENT
    """ The log probability of this token. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("token", "token"),
        ("logprob", "logprob"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "token": "None | str | Unset",
        "logprob": "float | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "token",
            "logprob",
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.token = None if isinstance(token, Unset) else token
        parsed_obj_.logprob = None if isinstance(logprob, Unset) else logprob
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
