from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, AbsentList, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.completion_usage import CompletionUsage
    from ..models.create_completion_response_choices_item import CreateCompletionResponseChoicesItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CompletionUsage, CreateCompletionResponseChoicesItem
    from ..models.completion_usage import CompletionUsage  # noqa: PLC0415
    from ..models.create_completion_response_choices_item import CreateCompletionResponseChoicesItem  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class CreateCompletionResponse(ApiModel):
    """Represents a completion response from the API. Note: both the streamed and non-streamed response objects share the
    same shape (unlike the chat endpoint).

    """

    id: str
    """ A unique identifier for the completion. """

    choices: list[CreateCompletionResponseChoicesItem]
    """ The list of completion choices the model generated for the input prompt. """

    created: int
    """ The Unix timestamp (in seconds) of when the completion was created. """

    model: str
    """ The model used for completion. """

    object: Literal["text_completion"] = "text_completion"
    """ The object type, which is always "text_completion" """

    system_fingerprint: str | None = ABSENT
    """ This fingerprint represents the backend configuration that the model runs with.

    Can be used in conjunction with the `seed` request parameter to understand when backend changes have been made
    that might impact determinism.
     """

    usage: CompletionUsage | None = ABSENT
    """ Usage statistics for the completion request. """

    _sdk_name_: ClassVar[str] = "Completion"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("choices", "choices"),
        ("created", "created"),
        ("model", "model"),
        ("object", "object"),
        ("system_fingerprint", "system_fingerprint"),
        ("usage", "usage"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "choices": "list[CreateCompletionResponseChoicesItem]",
        "created": "int",
        "model": "str",
        "object": "Literal['text_completion']",
        "system_fingerprint": "str | Unset",
        "usage": "CompletionUsage | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("text_completion",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "choices",
        "created",
        "model",
        "object",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "choices",
            "created",
            "model",
            "object",
            "system_fingerprint",
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
        value_2 = self.choices
        if value_2 is None:
            if "choices" in present:
                out["choices"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "choices" in present:
            out["choices"] = to_json(value_2)
        value_3 = self.created
        if value_3 is None:
            if "created" in present:
                out["created"] = None
        else:
            out["created"] = value_3
        value_4 = self.model
        if value_4 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_4
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
        value_6 = self.system_fingerprint
        if value_6 is None:
            if "system_fingerprint" in present:
                out["system_fingerprint"] = None
        else:
            out["system_fingerprint"] = value_6
        value_7 = self.usage
        if value_7 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_7)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = d.pop("id", None)

        _raw_choices = d.pop("choices", UNSET)
        try:
            choices = []
            _choices = _raw_choices
            if not isinstance(_choices, list):
                raise TypeError()
            for choices_item_data in _choices:
                try:
                    choices_item = CreateCompletionResponseChoicesItem.from_dict(choices_item_data)

                except LENIENT_ERRORS:
                    choices_item = choices_item_data
                choices.append(choices_item)

        except LENIENT_ERRORS:
            choices = _raw_choices

        created = d.pop("created", None)

        model = d.pop("model", None)

        object_ = d.pop("object", None)

        system_fingerprint = d.pop("system_fingerprint", None)

        _raw_usage = d.pop("usage", UNSET)
        try:
            _usage = _raw_usage
            usage: CompletionUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = CompletionUsage.from_dict(_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.choices = AbsentList() if isinstance(choices, Unset) else choices
        parsed_obj_.created = created
        parsed_obj_.model = model
        parsed_obj_.object = object_
        parsed_obj_.system_fingerprint = system_fingerprint
        parsed_obj_.usage = None if isinstance(usage, Unset) else usage
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
