from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_prompt_variables_2 import ResponsePromptVariables2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponsePromptVariables2
    from ..models.response_prompt_variables_2 import ResponsePromptVariables2  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_variables(data: object) -> None | ResponsePromptVariables2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ResponsePromptVariables2._from_dict_(data)
    return cast("None | ResponsePromptVariables2 | Unset", data)


@_attrs_define(repr=False)
class Prompt2(ApiModel):
    """Reference to a prompt template and its variables.
    [Learn more](https://platform.openai.com/docs/guides/text?api-mode=responses#reusable-prompts).

    """

    id: str
    """ The unique identifier of the prompt template to use. """

    version: str | None = ABSENT

    variables: ResponsePromptVariables2 | None = ABSENT

    _sdk_name_: ClassVar[str] = "ResponsePrompt"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("variables", "variables"),
        ("version", "version"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "version": "None | str | Unset",
        "variables": "None | ResponsePromptVariables2 | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("id",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "version",
            "variables",
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
        value_2 = self.variables
        if value_2 is None:
            if "variables" in present:
                out["variables"] = None
        else:
            out["variables"] = to_json(value_2)
        value_3 = self.version
        if value_3 is None:
            if "version" in present:
                out["version"] = None
        else:
            out["version"] = to_json(value_3)
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
        parsed_obj_.version = get_("version")
        _raw_variables = get_("variables", UNSET)
        if _raw_variables is not None and _raw_variables is not UNSET:
            try:
                variables = _parse_variables(_raw_variables)

            except LENIENT_ERRORS:
                variables = _raw_variables
        else:
            variables = _raw_variables
        parsed_obj_.variables = None if isinstance(variables, Unset) else variables
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
