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
from ..models.code_interpreter_tool_call_status import (
    CodeInterpreterToolCallStatus,
)

if TYPE_CHECKING:
    from ..models.code_interpreter_output_image import CodeInterpreterOutputImage
    from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CodeInterpreterOutputImage, CodeInterpreterOutputLogs
    from ..models.code_interpreter_output_image import CodeInterpreterOutputImage  # noqa: PLC0415
    from ..models.code_interpreter_output_logs import CodeInterpreterOutputLogs  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_outputs(
    data: object,
) -> list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None:
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_outputs_type_0_item(
            data: object,
        ) -> CodeInterpreterOutputImage | CodeInterpreterOutputLogs:
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        CodeInterpreterOutputLogs,
                        CodeInterpreterOutputImage,
                    ),
                )
                if variant is None:
                    return cast(
                        "CodeInterpreterOutputImage | CodeInterpreterOutputLogs",
                        UnknownVariant(data),
                    )
                return cast(
                    "CodeInterpreterOutputImage | CodeInterpreterOutputLogs",
                    variant.from_dict(data),
                )
            return cast("CodeInterpreterOutputImage | CodeInterpreterOutputLogs", data)

        outputs_type_0 = []
        _outputs_type_0 = data
        if not isinstance(_outputs_type_0, list):
            raise TypeError()
        for outputs_type_0_item_data in _outputs_type_0:
            try:
                outputs_type_0_item = _parse_outputs_type_0_item(outputs_type_0_item_data)

            except LENIENT_ERRORS:
                outputs_type_0_item = outputs_type_0_item_data
            outputs_type_0.append(outputs_type_0_item)

        return outputs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None", data)


@_attrs_define(repr=False)
class CodeInterpreterToolCall(ApiModel):
    """A tool call to run code."""

    id: str
    """ The unique ID of the code interpreter tool call.
     """

    status: CodeInterpreterToolCallStatus | str
    """ The status of the code interpreter tool call. Valid values are `in_progress`, `completed`, `incomplete`,
    `interpreting`, and `failed`.
     """

    container_id: str
    """ The ID of the container used to run the code.
     """

    type: Literal["code_interpreter_call"] = "code_interpreter_call"
    """ The type of the code interpreter tool call. Always `code_interpreter_call`.
     """

    code: str | None = ABSENT

    outputs: (
        list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs | UnknownVariant] | None
    ) = ABSENT

    _sdk_name_: ClassVar[str] = "ResponseCodeInterpreterToolCall"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("code", "code"),
        ("container_id", "container_id"),
        ("outputs", "outputs"),
        ("status", "status"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['code_interpreter_call']",
        "id": "str",
        "status": "CodeInterpreterToolCallStatus",
        "container_id": "str",
        "code": "None | str",
        "outputs": "list[CodeInterpreterOutputImage | CodeInterpreterOutputLogs] | None",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("code_interpreter_call",),
        "status": (
            "completed",
            "failed",
            "in_progress",
            "incomplete",
            "interpreting",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "status",
        "container_id",
        "code",
        "outputs",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "status",
            "container_id",
            "code",
            "outputs",
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
        value_2 = self.code
        if value_2 is None:
            if "code" in present:
                out["code"] = None
        else:
            out["code"] = to_json(value_2)
        value_3 = self.container_id
        if value_3 is None:
            if "container_id" in present:
                out["container_id"] = None
        else:
            out["container_id"] = value_3
        value_4 = self.outputs
        if value_4 is None:
            if "outputs" in present:
                out["outputs"] = None
        else:
            out["outputs"] = to_json(value_4)
        value_5 = self.status
        if value_5 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_5
        value_6 = self.type
        if value_6 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_6
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
        parsed_obj_.id = get_("id")
        parsed_obj_.status = get_("status")
        parsed_obj_.container_id = get_("container_id")
        parsed_obj_.code = get_("code")
        _raw_outputs = get_("outputs", None)
        if _raw_outputs is not None:
            try:
                outputs = _parse_outputs(_raw_outputs)

            except LENIENT_ERRORS:
                outputs = _raw_outputs
        else:
            outputs = _raw_outputs
        parsed_obj_.outputs = outputs
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
