from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="ChatkitConfigurationParam")


@_attrs_define
class ChatkitConfigurationParam:
    """Optional per-session configuration settings for ChatKit behavior."""

    automatic_thread_titling: AutomaticThreadTitlingParam | Unset = UNSET
    """ Controls whether ChatKit automatically generates thread titles. """
    file_upload: FileUploadParam | Unset = UNSET
    """ Controls whether users can upload files. """
    history: HistoryParam | Unset = UNSET
    """ Controls how much historical context is retained for the session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
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
        if self.automatic_thread_titling is not UNSET:
            field_dict["automatic_thread_titling"] = to_json(self.automatic_thread_titling)
        if self.file_upload is not UNSET:
            field_dict["file_upload"] = to_json(self.file_upload)
        if self.history is not UNSET:
            field_dict["history"] = to_json(self.history)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatkitConfigurationParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
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
