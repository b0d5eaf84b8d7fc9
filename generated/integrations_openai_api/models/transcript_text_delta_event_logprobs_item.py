from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


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

    _sdk_name_: ClassVar[str] = "Logprob"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("token", "token"),
        ("bytes", "bytes"),
        ("logprob", "logprob"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "token": "str | Unset",
        "logprob": "float | Unset",
        "bytes": "list[int] | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.token
        if value_1 is None:
            if "token" in present:
                out["token"] = None
        else:
            out["token"] = value_1
        value_2 = self.bytes
        if value_2 is None:
            if "bytes" in present:
                out["bytes"] = None
        else:
            out["bytes"] = to_json(value_2)
        value_3 = self.logprob
        if value_3 is None:
            if "logprob" in present:
                out["logprob"] = None
        else:
            out["logprob"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        token = d.pop("token", None)

        logprob = d.pop("logprob", None)

        _raw_bytes_ = d.pop("bytes", UNSET)
        try:
            bytes_ = cast("list[int]", _raw_bytes_)

        except LENIENT_ERRORS:
            bytes_ = _raw_bytes_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.token = token
        parsed_obj_.logprob = logprob
        parsed_obj_.bytes = None if isinstance(bytes_, Unset) else bytes_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
