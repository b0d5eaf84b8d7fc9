from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VectorStoreFileAttributes2
    from ..models.vector_store_file_attributes_2 import VectorStoreFileAttributes2  # noqa: PLC0415

    _lazy_loaded = True


def _parse_file_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_text(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_filename(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_attributes(data: object) -> None | Unset | VectorStoreFileAttributes2:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return VectorStoreFileAttributes2.from_dict(data)
    return cast("None | Unset | VectorStoreFileAttributes2", data)


def _parse_score(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


@_attrs_define(repr=False)
class FileSearchToolCallResultsItem(ApiModel):
    file_id: str | None = ABSENT
    """ The unique ID of the file.
     """

    text: str | None = ABSENT
    """ The text that was retrieved from the file.
     """

    filename: str | None = ABSENT
    """ The name of the file.
     """

    attributes: VectorStoreFileAttributes2 | None = ABSENT

    score: float | None = ABSENT
    """ The relevance score of the file - a value between 0 and 1.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_id", "file_id"),
        ("text", "text"),
        ("filename", "filename"),
        ("attributes", "attributes"),
        ("score", "score"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "file_id": "None | str | Unset",
        "text": "None | str | Unset",
        "filename": "None | str | Unset",
        "attributes": "None | Unset | VectorStoreFileAttributes2",
        "score": "float | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "file_id",
            "text",
            "filename",
            "attributes",
            "score",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_file_id = d.pop("file_id", UNSET)
        try:
            file_id = _parse_file_id(_raw_file_id)

        except LENIENT_ERRORS:
            file_id = _raw_file_id

        _raw_text = d.pop("text", UNSET)
        try:
            text = _parse_text(_raw_text)

        except LENIENT_ERRORS:
            text = _raw_text

        _raw_filename = d.pop("filename", UNSET)
        try:
            filename = _parse_filename(_raw_filename)

        except LENIENT_ERRORS:
            filename = _raw_filename

        _raw_attributes = d.pop("attributes", UNSET)
        try:
            attributes = _parse_attributes(_raw_attributes)

        except LENIENT_ERRORS:
            attributes = _raw_attributes

        _raw_score = d.pop("score", UNSET)
        try:
            score = _parse_score(_raw_score)

        except LENIENT_ERRORS:
            score = _raw_score

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.file_id = None if isinstance(file_id, Unset) else file_id
        parsed_obj_.text = None if isinstance(text, Unset) else text
        parsed_obj_.filename = None if isinstance(filename, Unset) else filename
        parsed_obj_.attributes = None if isinstance(attributes, Unset) else attributes
        parsed_obj_.score = None if isinstance(score, Unset) else score
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
