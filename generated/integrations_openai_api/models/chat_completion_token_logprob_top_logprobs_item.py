from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel


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


@_attrs_define(repr=False)
class ChatCompletionTokenLogprobTopLogprobsItem(ApiModel):
    token: str
    """ The token. """

    logprob: float
    """ The log probability of this token, if it is within the top 20 most likely tokens. Otherwise, the value
    `-9999.0` is used to signify that the token is very unlikely. """

    bytes: list[int] | None

    _sdk_name_: ClassVar[str] = "TopLogprob"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("token", "token"),
        ("bytes", "bytes"),
        ("logprob", "logprob"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "token": "str",
        "logprob": "float",
        "bytes": "list[int] | None",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "token",
        "logprob",
        "bytes",
    )
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

        _raw_bytes_ = d.pop("bytes", None)
        if _raw_bytes_ is not None:
            try:
                bytes_ = _parse_bytes_(_raw_bytes_)

            except LENIENT_ERRORS:
                bytes_ = _raw_bytes_
        else:
            bytes_ = _raw_bytes_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.token = token
        parsed_obj_.logprob = logprob
        parsed_obj_.bytes = bytes_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
