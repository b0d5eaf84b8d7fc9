from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="ChatSessionChatkitConfiguration")


@_attrs_define
class ChatSessionChatkitConfiguration:
    """ChatKit configuration for the session."""

    automatic_thread_titling: ChatSessionAutomaticThreadTitling
    """ Automatic thread title preferences for the session. """
    file_upload: ChatSessionFileUpload
    """ Upload permissions and limits applied to the session. """
    history: ChatSessionHistory
    """ History retention preferences returned for the session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.automatic_thread_titling, Unset):
            field_dict["automatic_thread_titling"] = to_json(self.automatic_thread_titling)
        if not isinstance(self.file_upload, Unset):
            field_dict["file_upload"] = to_json(self.file_upload)
        if not isinstance(self.history, Unset):
            field_dict["history"] = to_json(self.history)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatSessionChatkitConfiguration: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_automatic_thread_titling = d.pop("automatic_thread_titling", UNSET)
        try:
            automatic_thread_titling = ChatSessionAutomaticThreadTitling.from_dict(
                _raw_automatic_thread_titling
            )

        except LENIENT_ERRORS:
            automatic_thread_titling = _raw_automatic_thread_titling

        _raw_file_upload = d.pop("file_upload", UNSET)
        try:
            file_upload = ChatSessionFileUpload.from_dict(_raw_file_upload)

        except LENIENT_ERRORS:
            file_upload = _raw_file_upload

        _raw_history = d.pop("history", UNSET)
        try:
            history = ChatSessionHistory.from_dict(_raw_history)

        except LENIENT_ERRORS:
            history = _raw_history

        parsed_obj_ = cls(
            automatic_thread_titling=automatic_thread_titling,
            file_upload=file_upload,
            history=history,
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
