"""Results print, dump and serialize as the official SDK's, over every paired class.

For each SDK response model `sdk_types/names.yaml` maps to one of our classes (the pairs of
`test_sdk_traffic_truth`), every body `SdkBodies` synthesizes from the SDK's annotations is
parsed twice: by the SDK as its client parses a response (`construct_type`, which is what
`client.x.create(...)` hands back; bodies the SDK's own `model_validate` rejects are skipped),
and by ours (`from_dict` or the union parser). Then `repr`, `str`, `model_dump()`,
`model_dump(exclude_unset=True)`, `model_dump_json(indent=2)`, `to_dict()` and `to_json()`
must be equal, dicts in order (`repr` of the dict).

Where they differ, a structural walk over the two parsed trees names the causes (a class
printed under another name, a field's Python name, an order, a field only one side has, an
unknown union member, a leaf value). Every cause must be listed in `KNOWN` with why it is
left; a body whose outputs differ with no cause found is a failure of its own. Causes on
fields the SDK types as objects and our spec leaves free-form are counted apart as
`PENDING` (typed by the `sdk_fields` data, not here).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from openai._models import construct_type
from pydantic import BaseModel, TypeAdapter

from tests.generated.test_sdk_traffic_truth import SdkBodies, pairs

OUTPUTS: dict[str, Callable[[Any], Any]] = {
    "repr": repr,
    "str": str,
    "model_dump": lambda o: repr(o.model_dump()),
    "model_dump(exclude_unset)": lambda o: repr(o.model_dump(exclude_unset=True)),
    "model_dump_json": lambda o: o.model_dump_json(indent=2),
    "to_dict": lambda o: repr(o.to_dict()),
    "to_json": lambda o: o.to_json(),
}

KNOWN_PATH = Path(__file__).with_name("fixtures") / "print_parity_known.yaml"

# Why each kind of difference is left (the details, per class, are in KNOWN_PATH).
REASONS = {
    "class name": (
        "one class of ours stands for several SDK classes of one shape (the SDK names an"
        " inline schema by where it sits: `ActionSearch`, `PendingSafetyCheck`; beta twins"
        " `BetaX` of GA classes); `repr` prints the one SDK name display.yaml picked"
    ),
    "order": (
        "a class shared by SDK classes whose field orders differ, or an SDK-only field our"
        " spec lacks (kept in `additional_properties`, printed after the fields)"
    ),
    "only ours": (
        "a field our spec declares and the paired SDK class lacks: ours prints it (None"
        " when absent); the SDK keeps it only as an extra key when sent"
    ),
    "only sdk": (
        "a field the SDK declares and our spec lacks: the SDK prints it (None when"
        " absent); ours keeps it only as an extra key when sent, after the fields. Which"
        " SDK-only fields become attributes is the `sdk_fields` data's decision (result"
        " classes only; request-shaped classes stay as the spec says)"
    ),
    "unknown member": (
        "a union member the SDK knows and the pinned spec lacks: ours parses it to"
        " `UnknownVariant` (raw JSON, dumps equal; its repr names no class)"
    ),
    "alias twice": (
        "the SDK client keeps a received key whose field it renames (`async`,"
        " `harassment/threatening`) twice, as the field and as an extra key, when it"
        " constructs the object, and once when it validates it (a union member and all"
        " below it: `sdk` here). Ours lists it twice always (`model_dump`, `repr`): which"
        " path the SDK took is no fact of the object. `JSON text`: the SDK's `to_json`"
        " writes such a key twice into one JSON object; ours writes it once (a dict holds"
        " one; parsing either text gives the same object)"
    ),
    "free-form": (
        "an object the SDK types by a model and the pinned spec leaves free-form or types"
        " otherwise (an annotation of a stream event, a custom voice object, a video"
        " error's misalignment): ours keeps the raw JSON (prints as a dict)"
    ),
    "value": "a leaf value of another type or form (see the detail)",
}


@cache
def known() -> dict[str, set[str]]:
    """`{kind: {detail}}` of differences left on purpose (see `REASONS`)."""
    data: dict[str, list[str]] = yaml.safe_load(KNOWN_PATH.read_text()) or {}
    return {kind: set(details) for kind, details in data.items()}


def _fields(cls: type[BaseModel]) -> list[tuple[str, str]]:
    """`(Python name, API key)` of an SDK model's fields, in its order."""
    return [(name, info.alias or name) for name, info in cls.model_fields.items()]


def _is_model(value: Any) -> bool:
    return hasattr(type(value), "_fields_") and hasattr(value, "_present_")


@cache
def sdk_only_fields() -> frozenset[str]:
    """`Class.key` of every field the `sdk_fields` data adds (typed by that work, not here)."""
    from scripts.codegen.normalize.passes.sdk_fields import DATA, load_data
    from scripts.codegen.pipeline import class_overrides

    overrides = class_overrides()
    return frozenset(
        f"{overrides.get(name, name)}.{key}"
        for name, entry in load_data(DATA).items()
        # a new `Sdk...` component (`schema`) is the SDK's through and through
        for key in entry.get("fields") or entry.get("schema", {}).get("properties", {})
    )


def explain(
    sdk: Any, ours: Any, where: str, field: str = "", names: dict[str, str] | None = None
) -> Iterator[tuple[str, str]]:
    """`(kind, detail)` for every structural difference between two parsed values; `field`
    is the nearest model field (`Class.key`) above them, `names` the names that field gives
    nested classes (`_sdk_field_names_`)."""
    if _is_model(ours) and not type(ours)._fields_:
        ours = ours.additional_properties  # a free-form object: a dict in the SDK's types
    if isinstance(sdk, BaseModel):
        yield from _explain_model(sdk, ours, where, field, names or {})
    elif isinstance(sdk, list) and isinstance(ours, list) and len(sdk) == len(ours):
        for s, o in zip(sdk, ours, strict=True):
            yield from explain(s, o, f"{where}[]", field, names)
    elif isinstance(sdk, dict) and isinstance(ours, dict) and sdk.keys() == ours.keys():
        for key in sdk:
            yield from explain(sdk[key], ours[key], f"{where}.{key}", field, names)
    elif repr(sdk) != repr(ours):
        yield "value", f"{where}: {type(sdk).__name__} {sdk!r:.40} vs {type(ours).__name__}"


def _explain_model(
    sdk: BaseModel, ours: Any, where: str, field: str, names: dict[str, str]
) -> Iterator[tuple[str, str]]:
    sdk_cls = type(sdk)
    if type(ours).__name__ == "UnknownVariant":
        yield "unknown member", sdk_cls.__name__
        return
    if not _is_model(ours):
        sdk_only = field in sdk_only_fields() or field.endswith(" (extra)")
        kind = "pending" if sdk_only else "free-form"
        yield kind, f"{field}: {sdk_cls.__name__}"
        return
    cls = type(ours)
    shown = names.get(cls.__qualname__, ours._sdk_name_)
    if shown != sdk_cls.__name__:
        yield "class name", f"{cls.__qualname__} prints {shown}, SDK {sdk_cls.__name__}"
    theirs = _fields(sdk_cls)
    mine = dict((key, name) for name, key in cls._fields_)
    py_names = {key: cls._sdk_attrs_.get(name, name) for key, name in mine.items()}
    for name, key in theirs:
        if key in mine and py_names[key] != name:
            yield "python name", f"{cls.__qualname__}.{key}: {name}"
        if key not in mine:
            yield "only sdk", f"{cls.__qualname__}.{key}"
    sdk_keys = {key for _, key in theirs}
    for key in mine.keys() - sdk_keys:
        yield "only ours", f"{cls.__qualname__}.{key}"
    shared = [key for _, key in theirs if key in mine]
    if shared != [key for _, key in cls._fields_ if key in sdk_keys]:
        yield "order", cls.__qualname__
    extra = sdk.model_extra or {}
    by_key = {key: name for name, key in theirs}
    twice = {key for key, name in by_key.items() if key != name and key in extra}
    ours_twice = {key for key, name in py_names.items() if key != name and key in ours._present_}
    for key in sorted(twice ^ ours_twice):
        yield "alias twice", f"{cls.__qualname__}.{key}: {'sdk' if key in twice else 'ours'}"
    if twice and twice == ours_twice:
        yield "alias twice", f"{cls.__qualname__}: JSON text"
    for key in [*by_key, *extra]:
        at = f"{cls.__qualname__}.{key}"
        if key in mine:
            value, tag = getattr(ours, mine[key]), at
        elif key in ours.additional_properties:
            value, tag = ours.additional_properties[key], f"{at} (extra)"  # SDK-only field
        else:
            continue
        s = getattr(sdk, by_key[key]) if key in by_key else extra[key]
        yield from explain(s, value, at, tag, cls._sdk_field_names_.get(key))


def _parse_sdk(sdk: Any, body: dict[str, Any]) -> Any:
    """The SDK client's parse of `body` (None when its own validation rejects the body)."""
    try:
        if isinstance(sdk, type):
            sdk.model_validate(body)
        else:
            TypeAdapter(sdk).validate_python(body)
    except Exception:  # the body is no shape the SDK admits: no oracle
        return None
    parsed = construct_type(value=body, type_=sdk)
    return parsed if isinstance(parsed, BaseModel) else None


def _output(fn: Callable[[Any], Any], obj: Any) -> str:
    try:
        return str(fn(obj))
    except Exception as exc:  # a crash is a difference like any other
        return f"raised {type(exc).__name__}: {exc}"


Finding = tuple[str, str, str, str]
"""`(kind, detail, SDK name, outputs that differ)`."""


def differences(shard: int, shards: int) -> tuple[int, list[Finding]]:
    """The bodies compared and the differences found, for one shard of the pairs."""
    gen = SdkBodies()
    checked = 0
    found: list[Finding] = []
    for sdk_name, _, sdk, parse in pairs()[shard::shards]:
        for body in gen.bodies(sdk):
            parsed = _parse_sdk(sdk, body) if isinstance(body, dict) else None
            if parsed is None:
                continue
            checked += 1
            ours = parse(body)
            differ = [k for k, fn in OUTPUTS.items() if _output(fn, parsed) != _output(fn, ours)]
            if not differ:
                continue
            causes = set(explain(parsed, ours, type(ours).__qualname__))
            # A crash has no excuse: its kind is in no list of known differences.
            causes |= {
                ("raised", f"{sdk_name}: {k}")
                for k, fn in OUTPUTS.items()
                if _output(fn, ours).startswith("raised ")
            }
            if not causes:
                causes = {("unexplained", type(ours).__qualname__)}
            found += [(kind, detail, sdk_name, ", ".join(differ)) for kind, detail in causes]
    return checked, found


SHARDS = 2


@cache
def _shard(shard: int) -> tuple[int, list[Finding]]:
    return differences(shard, SHARDS)


@pytest.mark.slow
@pytest.mark.parametrize("shard", range(SHARDS))
def test_results_print_as_the_sdks(shard: int) -> None:
    """Every difference of output over the SDK-shaped bodies has a known cause."""
    checked, found = _shard(shard)
    assert checked > 500
    allowed = known()
    new = sorted(
        {
            f"[{kind}] {detail} ({sdk_name}: {outputs})"
            for kind, detail, sdk_name, outputs in found
            if kind != "pending" and detail not in allowed.get(kind, set())
        }
    )
    assert not new, f"{len(new)} differences:\n" + "\n".join(new)


@pytest.mark.slow
def test_known_differences_are_still_found() -> None:
    """Each difference left on purpose is still found (a fixed one leaves the list)."""
    found = {(kind, detail) for shard in range(SHARDS) for kind, detail, *_ in _shard(shard)[1]}
    stale = sorted(
        (kind, detail)
        for kind, details in known().items()
        for detail in details
        if (kind, detail) not in found
    )
    assert not stale, stale
    assert set(known()) <= set(REASONS)


def test_a_difference_is_found_and_named() -> None:
    """The walk can fail: a renamed class, a reordered model, a changed leaf are named."""

    class Inner(BaseModel):
        a: int
        b: int | None = None

    class Outer(BaseModel):
        inner: Inner
        n: float

    _, _, _, parse = next(p for p in pairs() if p[1] == "Batch")
    ours = parse({"id": "b", "object": "batch", "endpoint": "e", "created_at": 1})
    sdk = construct_type(
        value={"id": "b", "object": "batch", "endpoint": "e", "created_at": 2},
        type_=_sdk_batch(),
    )
    kinds = {kind for kind, _ in explain(sdk, ours, "Batch")}
    assert "value" in kinds
    renamed = set(explain(Outer(inner=Inner(a=1), n=1.0), ours, "Batch"))
    assert ("class name", "Batch prints Batch, SDK Outer") in renamed
    assert ("only ours", "Batch.endpoint") in renamed


def _sdk_batch() -> Any:
    from openai.types import Batch

    return Batch


def test_pending_fields_are_counted_apart() -> None:
    """An SDK-only object ours keeps as raw JSON is `pending` (typed by the `sdk_fields`
    work), not a failure here; a declared field ours leaves free-form is `free-form`."""
    from openai.types.responses import ResponseInputImage

    _, _, _, parse = next(p for p in pairs() if p[1] == "Batch")
    ours = parse({"id": "b", "object": "batch", "endpoint": "e", "created_at": 1, "x": {"a": 1}})
    sdk = ResponseInputImage.model_construct(detail="auto", type="input_image")
    raw = ours.additional_properties["x"]
    assert [kind for kind, _ in explain(sdk, raw, "x", "Batch.x (extra)")] == ["pending"]
    assert [kind for kind, _ in explain(sdk, raw, "x", "Batch.metadata")] == ["free-form"]


def test_outputs_cover_the_sdk_printing_surface() -> None:
    """The compared outputs are the ones SDK programs print with."""
    assert set(OUTPUTS) == {
        "repr",
        "str",
        "model_dump",
        "model_dump(exclude_unset)",
        "model_dump_json",
        "to_dict",
        "to_json",
    }
