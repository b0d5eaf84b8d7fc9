from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.chat_session_automatic_thread_titling import ChatSessionAutomaticThreadTitling
    from ..models.chat_session_file_upload import ChatSessionFileUpload
    from ..models.chat_session_history import ChatSessionHistory

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ChatSessionAutomaticThreadTitling, \
        ChatSessionFileUpload, \
        ChatSessionHistory
    from ..models.chat_session_automatic_thread_titling import ChatSessionAutomaticThreadTitling  # noqa: PLC0415
    from ..models.chat_session_file_upload import ChatSessionFileUpload  # noqa: PLC0415
    from ..models.chat_session_history import ChatSessionHistory  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ChatSessionChatkitConfiguration(ApiModel):
    """ChatKit configuration for the session."""

    automatic_thread_titling: ChatSessionAutomaticThreadTitling
    """ Automatic thread title preferences for the session. """

    file_upload: ChatSessionFileUpload
    """ Upload permissions and limits applied to the session. """

    history: ChatSessionHistory
    """ History retention preferences returned for the session. """

    _sdk_name_: ClassVar[str] = "ChatSessionChatKitConfiguration"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("automatic_thread_titling", "automatic_thread_titling"),
        ("file_upload", "file_upload"),
        ("history", "history"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "automatic_thread_titling": "ChatSessionAutomaticThreadTitling",
        "file_upload": "ChatSessionFileUpload",
        "history": "ChatSessionHistory",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "automatic_thread_titling",
        "file_upload",
        "history",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "automatic_thread_titling",
            "file_upload",
            "history",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.automatic_thread_titling
        if value_1 is None:
            if "automatic_thread_titling" in present:
                out["automatic_thread_titling"] = None
        else:
            out["automatic_thread_titling"] = to_json(value_1)
        value_2 = self.file_upload
        if value_2 is None:
            if "file_upload" in present:
                out["file_upload"] = None
        else:
            out["file_upload"] = to_json(value_2)
        value_3 = self.history
        if value_3 is None:
            if "history" in present:
                out["history"] = None
        else:
            out["history"] = to_json(value_3)
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
        automatic_thread_titling = get_("automatic_thread_titling")
        if automatic_thread_titling is not None:
            try:
                automatic_thread_titling = (
                    ChatSessionAutomaticThreadTitling._from_dict_(automatic_thread_titling)
                    if automatic_thread_titling.__class__ is dict
                    else ChatSessionAutomaticThreadTitling.from_dict(automatic_thread_titling)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.automatic_thread_titling = automatic_thread_titling
        file_upload = get_("file_upload")
        if file_upload is not None:
            try:
                file_upload = (
                    ChatSessionFileUpload._from_dict_(file_upload)
                    if file_upload.__class__ is dict
                    else ChatSessionFileUpload.from_dict(file_upload)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.file_upload = file_upload
        history = get_("history")
        if history is not None:
            try:
                history = (
                    ChatSessionHistory._from_dict_(history)
                    if history.__class__ is dict
                    else ChatSessionHistory.from_dict(history)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.history = history
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
