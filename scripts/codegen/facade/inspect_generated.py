"""Read what the generator produced (api and model modules) without importing it.

The facade takes its types from the generated code itself, so renames made by the
generator config (``class_overrides``, hoisted names) flow through unchanged.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "ApiModule",
    "Field",
    "ModelInfo",
    "find_api_modules",
    "read_model",
]

_KWARGS = re.compile(r'"method":\s*"(\w+)",\s*"url":\s*"([^"]+)"')
_POP = re.compile(r'^\s+_?(\w+) = .*?d\.pop\("([^"]+)"', re.M)
_TO_DICT = re.compile(r'field_dict\["([^"]+)"\] = [^\n]*?self\.(\w+)\b')


@dataclass
class Field:
    """One keyword of a signature: python name, wire name, annotation source, required?"""

    name: str
    wire: str
    annotation: str
    required: bool


@dataclass
class ApiModule:
    """One generated ``api/<tag>/<op>.py``: its signature pieces and result type."""

    module: str  # dotted, relative to the package: "api.models.retrieve_model"
    method: str
    url: str
    path_params: list[Field]
    query_params: list[Field]
    body_annotation: str | None
    returns: str | None
    imports: dict[str, str] = field(default_factory=dict)  # name -> dotted module


@dataclass
class ModelInfo:
    """A generated attrs model: its fields (wire names from ``from_dict``) and imports."""

    name: str
    module: str
    fields: list[Field]
    imports: dict[str, str]
    is_class: bool


def _imports(tree: ast.Module, here: str) -> dict[str, str]:
    """Every ``from ..models.x import Y`` in the module (also under TYPE_CHECKING or lazy)."""
    out: dict[str, str] = {}
    base = here.split(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            parent = base[: len(base) - node.level] if node.level else []
            dotted = ".".join([*parent, node.module]) if node.level else node.module
            for alias in node.names:
                out[alias.asname or alias.name] = dotted
    return out


def _strip_unset_default(arg: ast.arg, default: ast.expr | None) -> Field:
    ann = ast.unparse(arg.annotation) if arg.annotation else "Any"
    return Field(arg.arg, arg.arg, ann, default is None)


def _parse_api(path: Path, package_dir: Path) -> ApiModule | None:
    text = path.read_text()
    match = _KWARGS.search(text)
    if not match:
        return None
    rel = path.relative_to(package_dir).with_suffix("")
    module = ".".join(rel.parts)
    tree = ast.parse(text)
    funcs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    kw = funcs["_get_kwargs"].args
    path_params = [_strip_unset_default(a, None) for a in kw.args]
    query: list[Field] = []
    body = None
    for arg, default in zip(kw.kwonlyargs, kw.kw_defaults, strict=True):
        if arg.arg == "body":
            body = ast.unparse(arg.annotation) if arg.annotation else None
            continue
        query.append(_strip_unset_default(arg, default))
    ret = funcs["_parse_response"].returns
    returns = ast.unparse(ret) if ret else None
    if returns and returns.endswith(" | None"):
        returns = returns[: -len(" | None")]
    return ApiModule(
        module=module,
        method=match.group(1),
        url=match.group(2),
        path_params=path_params,
        query_params=query,
        body_annotation=body,
        returns=None if returns in (None, "None", "Any") else returns,
        imports=_imports(tree, module),
    )


def find_api_modules(package_dir: Path) -> dict[tuple[str, str], ApiModule]:
    """``(method, url template) -> ApiModule`` for every generated endpoint module."""
    out: dict[tuple[str, str], ApiModule] = {}
    for path in sorted((package_dir / "api").rglob("*.py")):
        if path.name == "__init__.py":
            continue
        info = _parse_api(path, package_dir)
        if info is not None:
            out[(info.method, info.url)] = info
    return out


def _class_tables(cls: ast.ClassDef) -> dict[str, Any]:
    """Literal class-level tables (``_fields_ = (...)``) of a generated model class."""
    out: dict[str, Any] = {}
    for node in cls.body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id in ("_fields_", "_param_types_")
            and node.value is not None
        ):
            out[node.target.id] = ast.literal_eval(node.value)
    return out


@cache
def read_model(package_dir: Path, module: str, name: str) -> ModelInfo:
    """Fields of the attrs class ``name`` in ``module`` (dotted, relative to the package)."""
    path = package_dir.joinpath(*module.split(".")).with_suffix(".py")
    text = path.read_text()
    tree = ast.parse(text)
    cls = next(
        (n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name),
        None,
    )
    if cls is None:
        return ModelInfo(name, module, [], _imports(tree, module), is_class=False)
    # Wire names as to_dict writes them (``field_dict["input"] = ...self.input_``).
    wires = {py: wire for py, wire in _POP.findall(text)}
    wires.update({py: wire for wire, py in _TO_DICT.findall(text)})
    # Models on the runtime base class list (attribute, wire name) in `_fields_` and the
    # request-side annotation of each field in `_param_types_`.
    tables = _class_tables(cls)
    wires.update(dict(tables.get("_fields_", ())))
    param_types: dict[str, str] = dict(tables.get("_param_types_", {}))
    fields: list[Field] = []
    for node in cls.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            py = node.target.id
            if py == "additional_properties" or py.startswith("_"):
                continue  # catch-all map and class-level tables (ClassVar), not fields
            annotation = param_types.get(py) or ast.unparse(node.annotation)
            fields.append(Field(py, wires.get(py, py), annotation, node.value is None))
    return ModelInfo(name, module, fields, _imports(tree, module), is_class=True)
