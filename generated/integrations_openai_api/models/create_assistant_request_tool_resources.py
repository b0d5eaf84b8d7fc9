from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.create_assistant_request_tool_resources_code_interpreter import (
        CreateAssistantRequestToolResourcesCodeInterpreter,
    )
    from ..models.create_assistant_request_tool_resources_file_search import (
        CreateAssistantRequestToolResourcesFileSearch,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateAssistantRequestToolResourcesCodeInterpreter, \
        CreateAssistantRequestToolResourcesFileSearch
    from ..models.create_assistant_request_tool_resources_code_interpreter import (
        CreateAssistantRequestToolResourcesCodeInterpreter,  # noqa: PLC0415
    )
    from ..models.create_assistant_request_tool_resources_file_search import (
        CreateAssistantRequestToolResourcesFileSearch,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateAssistantRequestToolResources(ApiModel):
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For
    example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of
    vector store IDs.

    """

    code_interpreter: CreateAssistantRequestToolResourcesCodeInterpreter | None = ABSENT

    file_search: CreateAssistantRequestToolResourcesFileSearch | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code_interpreter", "code_interpreter"),
        ("file_search", "file_search"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "code_interpreter": "CreateAssistantRequestToolResourcesCodeInterpreter | Unset",
        "file_search": "CreateAssistantRequestToolResourcesFileSearch | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "code_interpreter",
            "file_search",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.code_interpreter
        if value_1 is None:
            if "code_interpreter" in present:
                out["code_interpreter"] = None
        else:
            out["code_interpreter"] = to_json(value_1)
        value_2 = self.file_search
        if value_2 is None:
            if "file_search" in present:
                out["file_search"] = None
        else:
            out["file_search"] = to_json(value_2)
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
        code_interpreter = get_("code_interpreter")
        if code_interpreter is not None:
            try:
                code_interpreter = (
                    CreateAssistantRequestToolResourcesCodeInterpreter._from_dict_(code_interpreter)
                    if code_interpreter.__class__ is dict
                    else CreateAssistantRequestToolResourcesCodeInterpreter.from_dict(
                        code_interpreter
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.code_interpreter = code_interpreter
        file_search = get_("file_search")
        if file_search is not None:
            try:
                file_search = (
                    CreateAssistantRequestToolResourcesFileSearch._from_dict_(file_search)
                    if file_search.__class__ is dict
                    else CreateAssistantRequestToolResourcesFileSearch.from_dict(file_search)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.file_search = file_search
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
