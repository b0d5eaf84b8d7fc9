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
from ..models.function_call_item_status import (
    FunctionCallItemStatus,
    check_function_call_item_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.input_file_content_param import InputFileContentParam
    from ..models.input_image_content_param_auto_param import InputImageContentParamAutoParam
    from ..models.input_text_content_param import InputTextContentParam
    from ..models.sdk_function_call_output_agent import SdkFunctionCallOutputAgent
    from ..models.sdk_function_call_output_caller_direct import SdkFunctionCallOutputCallerDirect
    from ..models.sdk_function_call_output_caller_program import SdkFunctionCallOutputCallerProgram

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        InputFileContentParam, \
        InputImageContentParamAutoParam, \
        InputTextContentParam, \
        SdkFunctionCallOutputAgent, \
        SdkFunctionCallOutputCallerDirect, \
        SdkFunctionCallOutputCallerProgram
    from ..models.input_file_content_param import InputFileContentParam  # noqa: PLC0415
    from ..models.input_image_content_param_auto_param import InputImageContentParamAutoParam  # noqa: PLC0415
    from ..models.input_text_content_param import InputTextContentParam  # noqa: PLC0415
    from ..models.sdk_function_call_output_agent import SdkFunctionCallOutputAgent  # noqa: PLC0415
    from ..models.sdk_function_call_output_caller_direct import SdkFunctionCallOutputCallerDirect  # noqa: PLC0415
    from ..models.sdk_function_call_output_caller_program import SdkFunctionCallOutputCallerProgram  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_output(
    data: object,
) -> list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_output_type_1_item(
            data: object,
        ) -> InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam:
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        InputTextContentParam,
                        InputImageContentParamAutoParam,
                        InputFileContentParam,
                    ),
                )
                if variant is None:
                    return cast(
                        "InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam",
                        UnknownVariant(data),
                    )
                return cast(
                    "InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam",
                    variant.from_dict(data),
                )
            return cast(
                "InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam",
                data,
            )

        output_type_1 = []
        _output_type_1 = data
        if not isinstance(_output_type_1, list):
            raise TypeError()
        for output_type_1_item_data in _output_type_1:
            try:
                output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)

            except LENIENT_ERRORS:
                output_type_1_item = output_type_1_item_data
            output_type_1.append(output_type_1_item)

        return output_type_1
    except LENIENT_ERRORS:
        pass
    return cast(
        "list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] | str",
        data,
    )


def _parse_status(data: object) -> FunctionCallItemStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = check_function_call_item_status(data)

        return status_type_0
    except LENIENT_ERRORS:
        pass
    return cast("FunctionCallItemStatus | None | Unset", data)


def _parse_agent(data: object) -> None | SdkFunctionCallOutputAgent | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkFunctionCallOutputAgent._from_dict_(data)
    return cast("None | SdkFunctionCallOutputAgent | Unset", data)


def _parse_caller(
    data: object,
) -> None | SdkFunctionCallOutputCallerDirect | SdkFunctionCallOutputCallerProgram | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                SdkFunctionCallOutputCallerDirect,
                SdkFunctionCallOutputCallerProgram,
            ),
        )
        if variant is None:
            return cast(
                "None | SdkFunctionCallOutputCallerDirect | SdkFunctionCallOutputCallerProgram | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | SdkFunctionCallOutputCallerDirect | SdkFunctionCallOutputCallerProgram | Unset",
            variant.from_dict(data),
        )
    return cast(
        "None | SdkFunctionCallOutputCallerDirect | SdkFunctionCallOutputCallerProgram | Unset",
        data,
    )


@_attrs_define(repr=False)
class FunctionCallOutputItemParam(ApiModel):
    """The output of a function tool call."""

    output: (
        list[
            InputFileContentParam
            | InputImageContentParamAutoParam
            | InputTextContentParam
            | UnknownVariant
        ]
        | str
    )
    """ Text, image, or file output of the function tool call. """

    call_id: str | None = ABSENT
    """ The unique ID of the function tool call generated by the model. """

    type: Literal["function_call_output"] = "function_call_output"
    """ The type of the function tool call output. Always `function_call_output`. """

    id: str | None = ABSENT

    status: FunctionCallItemStatus | str | None = ABSENT

    agent: SdkFunctionCallOutputAgent | None = ABSENT
    """ Not in the pinned spec; the official SDK's `FunctionCallOutput` has it (the live API sends it). Reads None
    when absent. """

    caller: (
        SdkFunctionCallOutputCallerDirect
        | SdkFunctionCallOutputCallerProgram
        | UnknownVariant
        | None
    ) = ABSENT
    """ Not in the pinned spec; the official SDK's `FunctionCallOutput` has it (the live API sends it). Reads None
    when absent. """

    name: str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `FunctionCallOutput` has it (the live API sends it). Reads None
    when absent. """

    namespace: str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `FunctionCallOutput` has it (the live API sends it). Reads None
    when absent. """

    _sdk_name_: ClassVar[str] = "FunctionCallOutput"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("output", "output"),
        ("type", "type"),
        ("id", "id"),
        ("agent", "agent"),
        ("call_id", "call_id"),
        ("caller", "caller"),
        ("name", "name"),
        ("namespace", "namespace"),
        ("status", "status"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "call_id": "None | str",
        "type": "Literal['function_call_output']",
        "output": "list[InputFileContentParam | InputImageContentParamAutoParam | InputTextContentParam] | str",
        "id": "None | str | Unset",
        "status": "FunctionCallItemStatus | None | Unset",
        "agent": "None | SdkFunctionCallOutputAgent | Unset",
        "caller": "None | SdkFunctionCallOutputCallerDirect | SdkFunctionCallOutputCallerProgram | Unset",
        "name": "None | str | Unset",
        "namespace": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("function_call_output",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "call_id",
        "type",
        "output",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "call_id",
            "type",
            "output",
            "id",
            "status",
            "agent",
            "caller",
            "name",
            "namespace",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.output
        if value_1 is None:
            if "output" in present:
                out["output"] = None
        else:
            out["output"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.id
        if value_3 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = to_json(value_3)
        value_4 = self.agent
        if value_4 is None:
            if "agent" in present:
                out["agent"] = None
        else:
            out["agent"] = to_json(value_4)
        value_5 = self.call_id
        if value_5 is None:
            if "call_id" in present:
                out["call_id"] = None
        else:
            out["call_id"] = to_json(value_5)
        value_6 = self.caller
        if value_6 is None:
            if "caller" in present:
                out["caller"] = None
        else:
            out["caller"] = to_json(value_6)
        value_7 = self.name
        if value_7 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = to_json(value_7)
        value_8 = self.namespace
        if value_8 is None:
            if "namespace" in present:
                out["namespace"] = None
        else:
            out["namespace"] = to_json(value_8)
        value_9 = self.status
        if value_9 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = to_json(value_9)
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
        parsed_obj_.call_id = get_("call_id")
        parsed_obj_.type = get_("type")
        _raw_output = get_("output", None)
        try:
            output = _parse_output(_raw_output)

        except LENIENT_ERRORS:
            output = _raw_output
        parsed_obj_.output = output
        parsed_obj_.id = get_("id")
        _raw_status = get_("status", UNSET)
        if _raw_status is not None and _raw_status is not UNSET:
            try:
                status = _parse_status(_raw_status)

            except LENIENT_ERRORS:
                status = _raw_status
        else:
            status = _raw_status
        parsed_obj_.status = None if isinstance(status, Unset) else status
        _raw_agent = get_("agent", UNSET)
        if _raw_agent is not None and _raw_agent is not UNSET:
            try:
                agent = _parse_agent(_raw_agent)

            except LENIENT_ERRORS:
                agent = _raw_agent
        else:
            agent = _raw_agent
        parsed_obj_.agent = None if isinstance(agent, Unset) else agent
        _raw_caller = get_("caller", UNSET)
        if _raw_caller is not None and _raw_caller is not UNSET:
            try:
                caller = _parse_caller(_raw_caller)

            except LENIENT_ERRORS:
                caller = _raw_caller
        else:
            caller = _raw_caller
        parsed_obj_.caller = None if isinstance(caller, Unset) else caller
        parsed_obj_.name = get_("name")
        parsed_obj_.namespace = get_("namespace")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
