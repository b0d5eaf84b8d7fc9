from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class RunStepDetailsToolCallsCodeOutputImageObjectImage(ApiModel):
    file_id: str
    """ The [file](https://platform.openai.com/docs/api-reference/files) ID of the image. """

    _sdk_name_: ClassVar[str] = "CodeInterpreterOutputImageImage"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("file_id", "file_id"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "file_id": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("file_id",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("file_id",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.file_id
        if value_1 is None:
            if "file_id" in present:
                out["file_id"] = None
        else:
            out["file_id"] = value_1
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        file_id = d.pop("file_id", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.file_id = file_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
