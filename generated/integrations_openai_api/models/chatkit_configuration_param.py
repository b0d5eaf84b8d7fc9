from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automatic_thread_titling_param import AutomaticThreadTitlingParam
    from ..models.file_upload_param import FileUploadParam
    from ..models.history_param import HistoryParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AutomaticThreadTitlingParam, FileUploadParam, HistoryParam
    from ..models.automatic_thread_titling_param import AutomaticThreadTitlingParam  # noqa: PLC0415
    from ..models.file_upload_param import FileUploadParam  # noqa: PLC0415
    from ..models.history_param import HistoryParam  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class ChatkitConfigurationParam(ApiModel):
    """Optional per-session configuration settings for ChatKit behavior."""

    automatic_thread_titling: AutomaticThreadTitlingParam | None = ABSENT
    """ Controls whether ChatKit automatically generates thread titles. """

    file_upload: FileUploadParam | None = ABSENT
    """ Controls whether users can upload files. """

    history: HistoryParam | None = ABSENT
    """ Controls how much historical context is retained for the session. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("automatic_thread_titling", "automatic_thread_titling"),
        ("file_upload", "file_upload"),
        ("history", "history"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "automatic_thread_titling": "AutomaticThreadTitlingParam | Unset",
        "file_upload": "FileUploadParam | Unset",
        "history": "HistoryParam | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "automatic_thread_titling",
            "file_upload",
            "history",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_automatic_thread_titling = d.pop("automatic_thread_titling", UNSET)
        try:
            _automatic_thread_titling = _raw_automatic_thread_titling
            automatic_thread_titling: AutomaticThreadTitlingParam | Unset
            if isinstance(_automatic_thread_titling, Unset):
                automatic_thread_titling = UNSET
            else:
                automatic_thread_titling = AutomaticThreadTitlingParam.from_dict(
                    _automatic_thread_titling
                )

        except LENIENT_ERRORS:
            automatic_thread_titling = _raw_automatic_thread_titling

        _raw_file_upload = d.pop("file_upload", UNSET)
        try:
            _file_upload = _raw_file_upload
            file_upload: FileUploadParam | Unset
            if isinstance(_file_upload, Unset):
                file_upload = UNSET
            else:
                file_upload = FileUploadParam.from_dict(_file_upload)

        except LENIENT_ERRORS:
            file_upload = _raw_file_upload

        _raw_history = d.pop("history", UNSET)
        try:
            _history = _raw_history
            history: HistoryParam | Unset
            if isinstance(_history, Unset):
                history = UNSET
            else:
                history = HistoryParam.from_dict(_history)

        except LENIENT_ERRORS:
            history = _raw_history

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.automatic_thread_titling = (
            None if isinstance(automatic_thread_titling, Unset) else automatic_thread_titling
        )
        parsed_obj_.file_upload = None if isinstance(file_upload, Unset) else file_upload
        parsed_obj_.history = None if isinstance(history, Unset) else history
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
