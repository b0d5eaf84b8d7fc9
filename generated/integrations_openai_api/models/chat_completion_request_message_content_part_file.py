from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        file = get_("file")
        if file is not None:
            try:
                file = (
                    ChatCompletionRequestMessageContentPartFileFile._from_dict_(file)
                    if file.__class__ is dict
                    else ChatCompletionRequestMessageContentPartFileFile.from_dict(file)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.file = file
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
