"""Run openapi-python-client (pinned) in-process on the normalized spec."""

from __future__ import annotations

import contextlib
import functools
import io
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from . import template_globals

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
"""The exact generator version the templates, config and post-hooks are written for."""


class GeneratorFailed(RuntimeError):
    """The generator reported errors or warnings (we always run as `--fail-on-warning`)."""


@dataclass(frozen=True)
class GeneratorRun:
    """What the generator produced: its messages and the parsed-model summary."""

    messages: list[str]
    models: dict[str, str]
    """Generated class/alias name -> `model` or `literal_enum` or `enum`."""
    endpoints: dict[str, str]
    """`METHOD /path` -> endpoint module path relative to the package (`api/<tag>/<op>.py`)."""


def check_version() -> None:
    """Refuse to run with any other generator version than `GENERATOR_VERSION`."""
    installed = version(GENERATOR)
    if installed != GENERATOR_VERSION:
        raise GeneratorFailed(
            f"{GENERATOR} {installed} is installed, the pipeline is pinned to "
            f"{GENERATOR_VERSION} (templates and post-hooks depend on it): run `make install`."
        )


def _message(err: Any) -> str:
    level = getattr(getattr(err, "level", None), "value", "error")
    header = _text(getattr(err, "header", "") or "")
    detail = _text(getattr(err, "detail", "") or "")
    return f"{level}: {header}: {detail}".strip()


def run(
    spec: dict[str, Any], *, package_dir: Path, config_path: Path, templates: Path | None
) -> GeneratorRun:
    """Generate the package into `package_dir` (which must not exist yet).

    Equivalent to `openapi-python-client generate --meta none --fail-on-warning` with our
    config, except that the parsed document is passed as a dict (no YAML round trip) and
    the config's `post_hooks` are ignored: the pipeline runs its own post-hooks once.
    Any generator message, warning or error, raises `GeneratorFailed`.
    """
    check_version()
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError
    from openapi_python_client.parser.properties import LiteralEnumProperty

    config_file = ConfigFile.load_from_path(config_path)
    config_file.post_hooks = []
    config = Config.from_sources(
        config_file,
        MetaType.NONE,
        document_source=config_path,
        file_encoding="utf-8",
        overwrite=False,
        output_path=package_dir,
    )
    data = GeneratorData.from_dict(spec, config=config)
    if isinstance(data, GeneratorError):
        raise GeneratorFailed(_message(data))
    project = Project(openapi=data, config=config, custom_template_path=templates)
    project.env.globals.update(template_globals.GLOBALS)
    project.env.globals["recursive_models"] = template_globals.recursive_models(data.models)
    endpoints = [e for c in data.endpoint_collections_by_tag.values() for e in c.endpoints]
    strict = template_globals.strict_discriminators(data.models, endpoints)
    project.env.globals["field_annotation"] = functools.partial(
        template_globals.field_annotation, strict=strict
    )
    with contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    messages = [_message(e) for e in errors]
    if messages:
        raise GeneratorFailed(
            f"{len(messages)} generator message(s) (run as --fail-on-warning):\n"
            + "\n".join(messages)
        )
    models: dict[str, str] = {}
    for model in data.models:
        models[str(model.class_info.name)] = "model"
    for enum in data.enums:
        kind = "literal_enum" if isinstance(enum, LiteralEnumProperty) else "enum"
        models[str(enum.class_info.name)] = kind
    endpoints: dict[str, str] = {}
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            path = _text(endpoint.path)
            endpoints[f"{endpoint.method.upper()} {path}"] = f"api/{tag}/{endpoint.name}.py"
    return GeneratorRun(
        messages=messages,
        models=dict(sorted(models.items())),
        endpoints=dict(sorted(endpoints.items())),
    )


def _text(value: Any) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)
