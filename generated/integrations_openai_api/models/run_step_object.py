from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.run_step_object_status import RunStepObjectStatus, check_run_step_object_status
from ..models.run_step_object_type import RunStepObjectType, check_run_step_object_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_2 import Metadata2
    from ..models.run_step_completion_usage_2 import RunStepCompletionUsage2
    from ..models.run_step_details_message_creation_object import (
        RunStepDetailsMessageCreationObject,
    )
    from ..models.run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
    from ..models.run_step_object_last_error import RunStepObjectLastError

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        Metadata2, \
        RunStepCompletionUsage2, \
        RunStepDetailsMessageCreationObject, \
        RunStepDetailsToolCallsObject, \
        RunStepObjectLastError
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.run_step_completion_usage_2 import RunStepCompletionUsage2  # noqa: PLC0415
    from ..models.run_step_details_message_creation_object import (
        RunStepDetailsMessageCreationObject,  # noqa: PLC0415
    )
    from ..models.run_step_details_tool_calls_object import RunStepDetailsToolCallsObject  # noqa: PLC0415
    from ..models.run_step_object_last_error import RunStepObjectLastError  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RunStepObject")


def _parse_step_details(
    data: object,
) -> RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RunStepDetailsMessageCreationObject,
                RunStepDetailsToolCallsObject,
            ),
        )
        if variant is None:
            return cast(
                "RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject",
                UnknownVariant(data),
            )
        return cast(
            "RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject",
            variant.from_dict(data),
        )
    return cast("RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject", data)


def _parse_last_error(data: object) -> None | RunStepObjectLastError:
    if data is None:
        return data
    if isinstance(data, dict):
        return RunStepObjectLastError.from_dict(data)
    return cast("None | RunStepObjectLastError", data)


def _parse_expired_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_cancelled_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_failed_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_completed_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_metadata(data: object) -> Metadata2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None", data)


def _parse_usage(data: object) -> None | RunStepCompletionUsage2:
    if data is None:
        return data
    if isinstance(data, dict):
        return RunStepCompletionUsage2.from_dict(data)
    return cast("None | RunStepCompletionUsage2", data)


@_attrs_define
class RunStepObject:
    """Represents a step in execution of a run."""

    id: str
    """ The identifier of the run step, which can be referenced in API endpoints. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the run step was created. """
    assistant_id: str
    """ The ID of the [assistant](/docs/api-reference/assistants) associated with the run step. """
    thread_id: str
    """ The ID of the [thread](/docs/api-reference/threads) that was run. """
    run_id: str
    """ The ID of the [run](/docs/api-reference/runs) that this run step is a part of. """
    type_: RunStepObjectType
    """ The type of run step, which can be either `message_creation` or `tool_calls`. """
    status: RunStepObjectStatus
    """ The status of the run step, which can be either `in_progress`, `cancelled`, `failed`, `completed`, or
    `expired`. """
    step_details: RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject
    """ The details of the run step. """
    last_error: None | RunStepObjectLastError
    expired_at: int | None
    cancelled_at: int | None
    failed_at: int | None
    completed_at: int | None
    metadata: Metadata2 | None
    usage: None | RunStepCompletionUsage2
    object_: Literal["thread.run.step"] = "thread.run.step"
    """ The object type, which is always `thread.run.step`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("thread.run.step",),
        "type": (
            "message_creation",
            "tool_calls",
        ),
        "status": (
            "cancelled",
            "completed",
            "expired",
            "failed",
            "in_progress",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "assistant_id",
        "thread_id",
        "run_id",
        "type",
        "status",
        "step_details",
        "last_error",
        "expired_at",
        "cancelled_at",
        "failed_at",
        "completed_at",
        "metadata",
        "usage",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "assistant_id",
            "thread_id",
            "run_id",
            "type",
            "status",
            "step_details",
            "last_error",
            "expired_at",
            "cancelled_at",
            "failed_at",
            "completed_at",
            "metadata",
            "usage",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.thread_id, Unset):
            field_dict["thread_id"] = self.thread_id
        if not isinstance(self.run_id, Unset):
            field_dict["run_id"] = self.run_id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.step_details, Unset):
            field_dict["step_details"] = to_json(self.step_details)
        if not isinstance(self.last_error, Unset):
            field_dict["last_error"] = to_json(self.last_error)
        if not isinstance(self.expired_at, Unset):
            field_dict["expired_at"] = to_json(self.expired_at)
        if not isinstance(self.cancelled_at, Unset):
            field_dict["cancelled_at"] = to_json(self.cancelled_at)
        if not isinstance(self.failed_at, Unset):
            field_dict["failed_at"] = to_json(self.failed_at)
        if not isinstance(self.completed_at, Unset):
            field_dict["completed_at"] = to_json(self.completed_at)
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = to_json(self.metadata)
        if not isinstance(self.usage, Unset):
            field_dict["usage"] = to_json(self.usage)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"RunStepObject: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['thread.run.step']", _raw_object_)
            if object_ != "thread.run.step":
                raise ValueError(f"object must match const 'thread.run.step', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        created_at = d.pop("created_at", UNSET)

        assistant_id = d.pop("assistant_id", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        run_id = d.pop("run_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = check_run_step_object_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_run_step_object_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_step_details = d.pop("step_details", UNSET)
        try:
            step_details = _parse_step_details(_raw_step_details)

        except LENIENT_ERRORS:
            step_details = _raw_step_details

        _raw_last_error = d.pop("last_error", UNSET)
        try:
            last_error = _parse_last_error(_raw_last_error)

        except LENIENT_ERRORS:
            last_error = _raw_last_error

        _raw_expired_at = d.pop("expired_at", UNSET)
        try:
            expired_at = _parse_expired_at(_raw_expired_at)

        except LENIENT_ERRORS:
            expired_at = _raw_expired_at

        _raw_cancelled_at = d.pop("cancelled_at", UNSET)
        try:
            cancelled_at = _parse_cancelled_at(_raw_cancelled_at)

        except LENIENT_ERRORS:
            cancelled_at = _raw_cancelled_at

        _raw_failed_at = d.pop("failed_at", UNSET)
        try:
            failed_at = _parse_failed_at(_raw_failed_at)

        except LENIENT_ERRORS:
            failed_at = _raw_failed_at

        _raw_completed_at = d.pop("completed_at", UNSET)
        try:
            completed_at = _parse_completed_at(_raw_completed_at)

        except LENIENT_ERRORS:
            completed_at = _raw_completed_at

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_usage = d.pop("usage", UNSET)
        try:
            usage = _parse_usage(_raw_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            assistant_id=assistant_id,
            thread_id=thread_id,
            run_id=run_id,
            type_=type_,
            status=status,
            step_details=step_details,
            last_error=last_error,
            expired_at=expired_at,
            cancelled_at=cancelled_at,
            failed_at=failed_at,
            completed_at=completed_at,
            metadata=metadata,
            usage=usage,
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
