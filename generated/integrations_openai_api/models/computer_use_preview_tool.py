from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.computer_environment import ComputerEnvironment

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ComputerUsePreviewTool(ApiModel):
    """A tool that controls a virtual computer. Learn more about the [computer
    tool](https://platform.openai.com/docs/guides/tools-computer-use).

    """

    environment: ComputerEnvironment | str

    display_width: int
    """ The width of the computer display. """

    display_height: int
    """ The height of the computer display. """

    type: Literal["computer_use_preview"] = "computer_use_preview"
    """ The type of the computer use tool. Always `computer_use_preview`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("display_height", "display_height"),
        ("display_width", "display_width"),
        ("environment", "environment"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['computer_use_preview']",
        "environment": "ComputerEnvironment",
        "display_width": "int",
        "display_height": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("computer_use_preview",),
        "environment": (
            "browser",
            "linux",
            "mac",
            "ubuntu",
            "windows",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "environment",
        "display_width",
        "display_height",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "environment",
            "display_width",
            "display_height",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.display_height
        if value_1 is None:
            if "display_height" in present:
                out["display_height"] = None
        else:
            out["display_height"] = value_1
        value_2 = self.display_width
        if value_2 is None:
            if "display_width" in present:
                out["display_width"] = None
        else:
            out["display_width"] = value_2
        value_3 = self.environment
        if value_3 is None:
            if "environment" in present:
                out["environment"] = None
        else:
            out["environment"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.environment = get_("environment")
        parsed_obj_.display_width = get_("display_width")
        parsed_obj_.display_height = get_("display_height")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
