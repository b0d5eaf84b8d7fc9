from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.run_step_object_status import RunStepObjectStatus
from ..models.run_step_object_type import RunStepObjectType

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        return RunStepObjectLastError._from_dict_(data)
    return cast("None | RunStepObjectLastError", data)


def _parse_metadata(data: object) -> Metadata2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None", data)


def _parse_usage(data: object) -> None | RunStepCompletionUsage2:
    if data is None:
        return data
    if isinstance(data, dict):
        return RunStepCompletionUsage2._from_dict_(data)
    return cast("None | RunStepCompletionUsage2", data)


@_attrs_define(repr=False)
class RunStepObject(ApiModel):
    """Represents a step in execution of a run."""

    id: str
    """ The identifier of the run step, which can be referenced in API endpoints. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the run step was created. """

    assistant_id: str
    """ The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) associated with the run
    step. """

    thread_id: str
    """ The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) that was run. """

    run_id: str
    """ The ID of the [run](https://platform.openai.com/docs/api-reference/runs) that this run step is a part of.
    """

    type: RunStepObjectType | str
    """ The type of run step, which can be either `message_creation` or `tool_calls`. """

    status: RunStepObjectStatus | str
    """ The status of the run step, which can be either `in_progress`, `cancelled`, `failed`, `completed`, or
    `expired`. """

    step_details: (
        RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject | UnknownVariant
    )
    """ The details of the run step. """

    object: Literal["thread.run.step"] = "thread.run.step"
    """ The object type, which is always `thread.run.step`. """

    last_error: RunStepObjectLastError | None = ABSENT

    expired_at: int | None = ABSENT

    cancelled_at: int | None = ABSENT

    failed_at: int | None = ABSENT

    completed_at: int | None = ABSENT

    metadata: Metadata2 | None = ABSENT

    usage: RunStepCompletionUsage2 | None = ABSENT

    _sdk_name_: ClassVar[str] = "RunStep"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("assistant_id", "assistant_id"),
        ("cancelled_at", "cancelled_at"),
        ("completed_at", "completed_at"),
        ("created_at", "created_at"),
        ("expired_at", "expired_at"),
        ("failed_at", "failed_at"),
        ("last_error", "last_error"),
        ("metadata", "metadata"),
        ("object", "object"),
        ("run_id", "run_id"),
        ("status", "status"),
        ("step_details", "step_details"),
        ("thread_id", "thread_id"),
        ("type", "type"),
        ("usage", "usage"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['thread.run.step']",
        "created_at": "int",
        "assistant_id": "str",
        "thread_id": "str",
        "run_id": "str",
        "type": "RunStepObjectType",
        "status": "RunStepObjectStatus",
        "step_details": "RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject",
        "last_error": "None | RunStepObjectLastError",
        "expired_at": "int | None",
        "cancelled_at": "int | None",
        "failed_at": "int | None",
        "completed_at": "int | None",
        "metadata": "Metadata2 | None",
        "usage": "None | RunStepCompletionUsage2",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.assistant_id
        if value_2 is None:
            if "assistant_id" in present:
                out["assistant_id"] = None
        else:
            out["assistant_id"] = value_2
        value_3 = self.cancelled_at
        if value_3 is None:
            if "cancelled_at" in present:
                out["cancelled_at"] = None
        else:
            out["cancelled_at"] = to_json(value_3)
        value_4 = self.completed_at
        if value_4 is None:
            if "completed_at" in present:
                out["completed_at"] = None
        else:
            out["completed_at"] = to_json(value_4)
        value_5 = self.created_at
        if value_5 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_5
        value_6 = self.expired_at
        if value_6 is None:
            if "expired_at" in present:
                out["expired_at"] = None
        else:
            out["expired_at"] = to_json(value_6)
        value_7 = self.failed_at
        if value_7 is None:
            if "failed_at" in present:
                out["failed_at"] = None
        else:
            out["failed_at"] = to_json(value_7)
        value_8 = self.last_error
        if value_8 is None:
            if "last_error" in present:
                out["last_error"] = None
        else:
            out["last_error"] = to_json(value_8)
        value_9 = self.metadata
        if value_9 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_9)
        value_10 = self.object
        if value_10 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_10
        value_11 = self.run_id
        if value_11 is None:
            if "run_id" in present:
                out["run_id"] = None
        else:
            out["run_id"] = value_11
        value_12 = self.status
        if value_12 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_12
        value_13 = self.step_details
        if value_13 is None:
            if "step_details" in present:
                out["step_details"] = None
        else:
            out["step_details"] = to_json(value_13)
        value_14 = self.thread_id
        if value_14 is None:
            if "thread_id" in present:
                out["thread_id"] = None
        else:
            out["thread_id"] = value_14
        value_15 = self.type
        if value_15 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_15
        value_16 = self.usage
        if value_16 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_16)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.assistant_id = get_("assistant_id")
        parsed_obj_.thread_id = get_("thread_id")
        parsed_obj_.run_id = get_("run_id")
        parsed_obj_.type = get_("type")
        parsed_obj_.status = get_("status")
        _raw_step_details = get_("step_details", None)
        try:
            step_details = _parse_step_details(_raw_step_details)

        except LENIENT_ERRORS:
            step_details = _raw_step_details
        parsed_obj_.step_details = step_details
        _raw_last_error = get_("last_error", None)
        if _raw_last_error is not None:
            try:
                last_error = _parse_last_error(_raw_last_error)

            except LENIENT_ERRORS:
                last_error = _raw_last_error
        else:
            last_error = _raw_last_error
        parsed_obj_.last_error = last_error
        parsed_obj_.expired_at = get_("expired_at")
        parsed_obj_.cancelled_at = get_("cancelled_at")
        parsed_obj_.failed_at = get_("failed_at")
        parsed_obj_.completed_at = get_("completed_at")
        _raw_metadata = get_("metadata", None)
        if _raw_metadata is not None:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = metadata
        _raw_usage = get_("usage", None)
        if _raw_usage is not None:
            try:
                usage = _parse_usage(_raw_usage)

            except LENIENT_ERRORS:
                usage = _raw_usage
        else:
            usage = _raw_usage
        parsed_obj_.usage = usage
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
