from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_embedding_request_encoding_format import (
    CreateEmbeddingRequestEncodingFormat,
)
from ..models.create_embedding_request_model_enum import (
    CreateEmbeddingRequestModelEnum,
    check_create_embedding_request_model_enum,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_input_(data: object) -> list[int] | list[list[int]] | list[str] | str:
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        input_type_1 = cast("list[str]", data)

        return input_type_1
    except LENIENT_ERRORS:
        pass
    try:
        if not (isinstance(data, list) and all(isinstance(item, int) for item in data)):
            raise TypeError()
        input_type_2 = cast("list[int]", data)

        return input_type_2
    except LENIENT_ERRORS:
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        input_type_3 = []
        _input_type_3 = data
        if not isinstance(_input_type_3, list):
            raise TypeError()
        for input_type_3_item_data in _input_type_3:
            try:
                input_type_3_item = cast("list[int]", input_type_3_item_data)

            except LENIENT_ERRORS:
                input_type_3_item = input_type_3_item_data
            input_type_3.append(input_type_3_item)

        return input_type_3
    except LENIENT_ERRORS:
        pass
    return cast("list[int] | list[list[int]] | list[str] | str", data)


def _parse_model(data: object) -> CreateEmbeddingRequestModelEnum | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_create_embedding_request_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateEmbeddingRequestModelEnum | str", data)


@_attrs_define(repr=False)
class CreateEmbeddingRequest(ApiModel):
    input: list[int] | list[list[int]] | list[str] | str
    """ Input text to embed, encoded as a string or array of tokens. To embed multiple inputs in a single request,
    pass an array of strings or array of token arrays. The input must not exceed the max input tokens for the model
    (8192 tokens for all embedding models), cannot be an empty string, and any array must be 2048 dimensions or
    less. [Example Python code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting
    tokens. In addition to the per-input token limit, all embedding  models enforce a maximum of 300,000 tokens
    summed across all inputs in a  single request.
     """

    model: CreateEmbeddingRequestModelEnum | str
    """ ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-
    reference/models/list) API to see all of your available models, or see our [Model
    overview](https://platform.openai.com/docs/models) for descriptions of them.
     """

    encoding_format: CreateEmbeddingRequestEncodingFormat | str | None = ABSENT
    """ The format to return the embeddings in. Can be either `float` or
    [`base64`](https://pypi.org/project/pybase64/).

    Server default: `"float"`. """

    dimensions: int | None = ABSENT
    """ The number of dimensions the resulting output embeddings should have. Only supported in `text-embedding-3`
    and later models.
     """

    user: str | None = ABSENT
    """ A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn
    more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input", "input"),
        ("model", "model"),
        ("encoding_format", "encoding_format"),
        ("dimensions", "dimensions"),
        ("user", "user"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "input": "list[int] | list[list[int]] | list[str] | str",
        "model": "CreateEmbeddingRequestModelEnum | str",
        "encoding_format": "CreateEmbeddingRequestEncodingFormat | Unset",
        "dimensions": "int | Unset",
        "user": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "encoding_format": (
            "base64",
            "float",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "input",
        "model",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input",
            "model",
            "encoding_format",
            "dimensions",
            "user",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input
        if value_1 is None:
            if "input" in present:
                out["input"] = None
        else:
            out["input"] = to_json(value_1)
        value_2 = self.model
        if value_2 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_2)
        value_3 = self.encoding_format
        if value_3 is None:
            if "encoding_format" in present:
                out["encoding_format"] = None
        else:
            out["encoding_format"] = value_3
        value_4 = self.dimensions
        if value_4 is None:
            if "dimensions" in present:
                out["dimensions"] = None
        else:
            out["dimensions"] = value_4
        value_5 = self.user
        if value_5 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_input_ = get_("input", None)
        try:
            input_ = _parse_input_(_raw_input_)

        except LENIENT_ERRORS:
            input_ = _raw_input_
        parsed_obj_.input = input_
        _raw_model = get_("model", None)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model
        parsed_obj_.model = model
        parsed_obj_.encoding_format = get_("encoding_format")
        parsed_obj_.dimensions = get_("dimensions")
        parsed_obj_.user = get_("user")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
