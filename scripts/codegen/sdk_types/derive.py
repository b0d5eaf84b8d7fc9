"""Derive which generated class stands for each name of the official SDK's ``openai.types``.

A maintenance tool, not part of ``make generate`` (which must not need the SDK): it walks
every package of the installed ``openai.types`` and matches each public name of its
``__init__`` mechanically:

* a pydantic model -> the generated model with the same literal ``type``/``object``
  constants and the most similar set of wire field names (Jaccard >= ``_MIN_SCORE``; ties
  broken by name similarity, response-side names preferred over ``*Param``/``*Request``);
* a request ``TypedDict`` (or a union of them) -> ``param`` (a ``dict[str, Any]`` alias);
* a ``Literal`` alias -> the generated literal alias with exactly the same values, else
  ``str`` (or ``str | None``): such values (model names, efforts) grow faster than specs;
* a union of models -> the generated root union with the same members (``unions.py``).

Anything else is left out and counted. Added by hand in review: ``helper`` entries (the
``Parsed*`` results of ``.parse``, ours in ``_helper_types``) and ``members`` entries (an
inline union of the spec, which has no generated alias, listed by the SDK names of its
members). Shape can pick a look-alike from another API; ``positions.py`` checks each name
against where the SDK uses it and remaps it. The reviewed result is ``names.yaml``.

Usage: ``python -m scripts.codegen.sdk_types.derive > scripts/codegen/sdk_types/names.yaml``
"""

from __future__ import annotations
import __future__

import difflib
import importlib
import pkgutil
import sys
import types
import typing
from typing import Any

import typing_extensions
import yaml

_MIN_SCORE = 0.6
# Reviewed by hand: equal shapes the field comparison cannot tell apart, named after what
# the client really returns (`files.create` gives an `OpenAIFile`, not an `UploadFile`).
OVERRIDES: dict[str, str] = {
    "types:FileObject": "open_ai_file:OpenAIFile",
    # `models.delete` gives a DeleteModelResponse; a role's deletion has the same three keys.
    "types:ModelDeleted": "delete_model_response:DeleteModelResponse",
    # A checkpoint's permissions come as a list object; a user list has the same four keys.
    # The beta realtime events reuse the GA event classes, but the beta response class is
    # what the beta `response.created`/`response.done` events hold.
    "types.beta.realtime:RealtimeResponse": "realtime_beta_response:RealtimeBetaResponse",
    "types.fine_tuning.checkpoints:PermissionRetrieveResponse": (
        "list_fine_tuning_checkpoint_permission_response:ListFineTuningCheckpointPermissionResponse"
    ),
}
_MIN_UNION = 0.8
_CONSTS = ("type", "object")
_PACKAGE = "integrations_openai_api"


def _ours() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(models, literal aliases, root unions) of the generated package, by name."""
    models_pkg = importlib.import_module(f"{_PACKAGE}.models")
    modules: dict[str, str] = models_pkg._MODULES
    models: dict[str, Any] = {}
    literals: dict[str, Any] = {}
    for name, module in sorted(modules.items()):
        value = getattr(importlib.import_module(f"{_PACKAGE}.models.{module}"), name)
        if isinstance(value, type) and hasattr(value, "_known_keys_"):
            models[name] = (module, value)
        elif typing.get_origin(value) in (typing.Literal, typing_extensions.Literal):
            literals[name] = (module, frozenset(typing.get_args(value)))
    unions_mod = importlib.import_module(f"{_PACKAGE}.unions")
    unions: dict[str, frozenset[str]] = {}
    for name, lazy in unions_mod.UNIONS.items():
        members = {t.rpartition(":")[2] for targets in lazy.table.values() for t in targets}
        members |= {t.rpartition(":")[2] for t in lazy.rest}
        unions[name] = frozenset(members)
    return models, literals, unions


def _consts(cls: Any) -> dict[str, frozenset[Any]]:
    out = {}
    for key in _CONSTS:
        field = cls.model_fields.get(key)
        if field is not None and typing.get_origin(field.annotation) is typing.Literal:
            out[key] = frozenset(typing.get_args(field.annotation))
    return out


def _keys(cls: Any) -> frozenset[str]:
    return frozenset(f.alias or name for name, f in cls.model_fields.items())


def _our_consts(cls: Any) -> dict[str, frozenset[Any]]:
    return {k: frozenset(v) for k, v in cls._const_values_.items() if k in _CONSTS}


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def _response_side(name: str) -> int:
    """How surely a generated class is one responses use, on equal shapes: request names
    (``*Param``, ``*Request*``) last, ``*ResponseParam`` between."""
    if "Request" in name:
        return 0
    if name.endswith("Param"):
        return 1 if "Response" in name else 0
    return 2


def _match_model(name: str, cls: Any, models: dict[str, Any]) -> str | None:
    keys, consts = _keys(cls), _consts(cls)
    best: tuple[float, float, float, str] | None = None
    for our_name, (_module, our) in models.items():
        ours = our._known_keys_
        score = len(keys & ours) / len(keys | ours) if keys | ours else 0.0
        if score < _MIN_SCORE:
            continue
        theirs = _our_consts(our)
        if any(key in theirs and not values <= theirs[key] for key, values in consts.items()):
            continue
        if set(consts) != set(theirs) & set(_CONSTS) and consts:
            continue
        rank = (score, _response_side(our_name), _similar(name, our_name), our_name)
        if best is None or rank > best:
            best = rank
    return best[3] if best else None


def _is_param(value: Any) -> bool:
    if typing_extensions.is_typeddict(value):
        return True
    if typing.get_origin(value) is typing.Annotated:
        value = typing.get_args(value)[0]
    args = typing.get_args(value)
    return (
        typing.get_origin(value) in (typing.Union, types.UnionType)
        and all(typing_extensions.is_typeddict(a) or _text(a) == "str" for a in args)
        and any(typing_extensions.is_typeddict(a) for a in args)
    )


def _text(value: Any) -> str | None:
    """``"str"`` for a string ``Literal`` (or a union of them and ``str``), ``"optional"``
    when ``None`` is admitted too; else None. Such names become ``str`` aliases when no
    generated literal has exactly their values: model names and efforts grow each month."""
    origin = typing.get_origin(value)
    if value is str or (
        origin in (typing.Literal, typing_extensions.Literal)
        and all(isinstance(v, str) for v in typing.get_args(value))
    ):
        return "str"
    if origin in (typing.Union, types.UnionType):
        kinds = {"none" if a is type(None) else _text(a) for a in typing.get_args(value)}
        if kinds <= {"str", "none", "optional"} and kinds & {"str", "optional"}:
            return "optional" if kinds & {"none", "optional"} else "str"
    return None


def _classify(
    name: str,
    value: Any,
    ours: tuple[dict[str, Any], dict[str, Any], dict[str, Any]],
    mapped: dict[str, str],
) -> dict[str, str] | None:
    models, literals, unions = ours
    if isinstance(value, type) and hasattr(value, "model_fields"):
        found = _match_model(name, value, models)
        return {"model": f"{models[found][0]}:{found}"} if found else None
    if _is_param(value):
        texts = any(_text(a) for a in typing.get_args(value))
        return {"param": "str_or_dict" if texts else "dict"}
    if typing.get_origin(value) is dict:
        return {"param": "dict"}
    if typing.get_origin(value) is list and all(_is_param(a) for a in typing.get_args(value)):
        return {"param": "list"}
    literal = _literal_values(value)
    if literal is not None:
        values = literal
        hits = [n for n, (_m, v) in literals.items() if v == values]
        if hits:
            pick = max(hits, key=lambda n: (_similar(name, n), n))
            return {"literal": f"{literals[pick][0]}:{pick}"}
    text = _text(value)
    if text is not None:
        return {"text": text}
    inner = typing.get_args(value)[0] if typing.get_origin(value) is typing.Annotated else value
    if typing.get_origin(inner) in (typing.Union, types.UnionType):
        members = [a for a in typing.get_args(inner) if isinstance(a, type)]
        # A member the SDK does not export by itself is matched by shape here.
        targets = {
            mapped.get(f"{m.__module__}:{m.__name__}") or _match_model(m.__name__, m, models)
            for m in members
            if hasattr(m, "model_fields")
        } - {None}
        if len(members) > 1 and len(targets) >= _MIN_UNION * len(members):
            # The root union with the most similar member set (the spec may list a member
            # more or less than the SDK does).
            scored = [
                (len(targets & ms) / len(targets | ms), _similar(name, n), n)
                for n, ms in unions.items()
            ]
            best = max(scored)
            if best[0] >= _MIN_UNION:
                return {"union": best[2]}
    if name in unions:  # the spec's own union under the SDK's name (members may differ)
        return {"union": name}
    return None


def _literal_values(value: Any) -> frozenset[Any] | None:
    """The values of a ``Literal`` alias (an ``Optional`` one is left out: ours have no None)."""
    if typing.get_origin(value) in (typing.Literal, typing_extensions.Literal):
        return frozenset(typing.get_args(value))
    return None


def derive() -> dict[str, Any]:
    """``{sdk package: {"sdk_names": n, "names": {name: target}}}`` for every package."""
    import openai.types as root

    ours = _ours()
    found = pkgutil.walk_packages(root.__path__, f"{root.__name__}.")
    packages = [root.__name__, *sorted(m.name for m in found if m.ispkg)]
    out: dict[str, Any] = {}
    mapped: dict[str, str] = {}  # "sdk module:Class" -> our class name (for unions)
    for phase in ("models", "rest"):
        for package in packages:
            module = importlib.import_module(package)
            names = sorted(
                n
                for n, v in vars(module).items()
                if not n.startswith("_")
                and not isinstance(v, types.ModuleType)
                and not isinstance(v, types.FunctionType | __future__._Feature)
            )
            entry = out.setdefault(package.removeprefix("openai."), {"sdk_names": len(names)})
            table = entry.setdefault("names", {})
            for name in names:
                value = getattr(module, name)
                is_model = isinstance(value, type) and hasattr(value, "model_fields")
                if (phase == "models") != is_model or name in table:
                    continue
                if name.startswith("Parsed"):  # `.parse` result types: ours are generic
                    continue
                override = OVERRIDES.get(f"{package.removeprefix('openai.')}:{name}")
                target = {"model": override} if override else _classify(name, value, ours, mapped)
                if target is not None:
                    table[name] = target
                    if "model" in target:
                        mapped[f"{value.__module__}:{value.__name__}"] = target["model"].split(":")[
                            1
                        ]
    return out


def main() -> None:
    data = derive()
    total = sum(e["sdk_names"] for e in data.values())
    done = sum(len(e["names"]) for e in data.values())
    sys.stdout.write(
        "# official SDK `openai.types` package -> the generated names standing for them.\n"
        "# Made by `python -m scripts.codegen.sdk_types.derive`, then reviewed by hand.\n"
        f"# {done} of {total} SDK names mapped; the others are left out.\n"
    )
    sys.stdout.write(yaml.safe_dump(data, sort_keys=True, width=100))


if __name__ == "__main__":
    main()
