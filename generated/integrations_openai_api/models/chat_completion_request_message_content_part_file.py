from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.chat_completion_request_message_content_part_file_file import (
        ChatCompletionRequestMessageContentPartFileFile,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionRequestMessageContentPartFileFile
    from ..models.chat_completion_request_message_content_part_file_file import (
        ChatCompletionRequestMessageContentPartFileFile,  # noqa: PLC0415
    )

    _lazy_loaded = True


@_attrs_define(repr=False)
class ChatCompletionRequestMessageContentPartFile(ApiModel):
    """Learn about [file inputs](https://platform.openai.com/docs/guides/text) for text generation."""

    file: ChatCompletionRequestMessageContentPartFileFile

    type: Literal["file"] = "file"
    """ The type of the content part. Always `file`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("file", "file"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['file']",
        "file": "ChatCompletionRequestMessageContentPartFileFile",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "file",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "file",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.file
        if value_2 is None:
            if "file" in present:
                out["file"] = None
        else:
            out["file"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = d.pop("type", None)

        _raw_file = d.pop("file", None)
        try:
            file = ChatCompletionRequestMessageContentPartFileFile.from_dict(_raw_file)

        except LENIENT_ERRORS:
            file = _raw_file

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.file = file
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
