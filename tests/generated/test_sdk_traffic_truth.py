"""Annotations admit what the live API sends, as recorded by the official SDK's models.

The SDK (newer than our pinned spec) is the best record of the live API's response
shapes. For every SDK response model that `sdk_types/names.yaml` maps to one of our
classes (or root unions), bodies are synthesized from the SDK model's own annotations
(`SdkBodies`: every `Optional` null once, every `Literal` value and union member in turn,
lists of 0 and 1 items, nested models to a depth cap; deterministic), parsed with our
class, and every parsed value is checked against our resolved annotation
(`_truth.lies`); a top-level field only the SDK knows must land, as sent, in
`additional_properties`. The test fails listing (SDK model, our class, field, value,
annotation) for every lie not in `KNOWN` (lies left on purpose, each with why).
"""

from __future__ import annotations

import importlib
import types
import typing
from collections.abc import Iterator
from functools import cache
from typing import Any

import attrs
import pytest
from pydantic import BaseModel

from scripts.codegen.sdk_types.display import load as load_display
from scripts.codegen.sdk_types.emit import load
from tests.generated._truth import Lie, fits, hints, lies

PACKAGE = "integrations_openai_api"
DEPTH = 5  # nested models deeper than this keep only what they must (required, non-null)
MAX_BODIES = 16  # bodies per model (twice the widest choice: an Optional union is covered)


def _unwrap(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def _options(tp: Any) -> int:
    """How many distinct choices an annotation offers at its own level."""
    tp = _unwrap(tp)
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType, typing.Literal):
        return len(typing.get_args(tp))
    return 2 if origin is list else 1


class SdkBodies:
    """JSON bodies an SDK model admits, as the API sends them (wire names, plain JSON)."""

    def bodies(self, tp: Any) -> list[Any]:
        """Several bodies of `tp`: body `k` takes choice `k` (mod its count) everywhere."""
        count = min(MAX_BODIES, 2 * max(2, self._width(tp, 0, set())))
        return [self.make(tp, k, 0) for k in range(count)]

    def _width(self, tp: Any, depth: int, seen: set[Any]) -> int:
        tp = _unwrap(tp)
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            if tp in seen or depth > DEPTH:
                return 1
            seen.add(tp)
            return max(
                [1, *(self._width(f.annotation, depth + 1, seen) for f in tp.model_fields.values())]
            )
        inner = [self._width(a, depth, seen) for a in typing.get_args(tp) if a is not Ellipsis]
        return max([_options(tp), *inner])

    def make(self, tp: Any, k: int, depth: int) -> Any:
        """The `k`-th body of `tp`."""
        tp = _unwrap(tp)
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is typing.Literal:
            return args[k % len(args)]
        if origin in (typing.Union, types.UnionType):
            # `object` stands in for a recursive member (a nested `CompoundFilter`): not a shape
            members = [a for a in args if a is not object] or list(args)
            if depth > DEPTH and type(None) in members:
                return None
            return self.make(members[k % len(members)], k // len(members), depth)
        if origin is list:
            return [] if k % 2 == 1 or depth > DEPTH else [self.make(args[0], k // 2, depth + 1)]
        if origin is dict:
            return {"key": self.make(args[1], k, depth + 1)} if depth <= DEPTH else {}
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            return self._model(tp, k, depth)
        if tp is type(None):
            return None
        if tp is bool:
            return True
        if tp is int:
            return 1
        if tp is float:
            return 0.5
        if tp is str:
            return "s"
        return {"any": 1}  # object / Any / builtins.object: an arbitrary JSON value

    def _model(self, cls: type[BaseModel], k: int, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, info in cls.model_fields.items():
            out[info.alias or name] = self.make(info.annotation, k, depth + 1)
        return out


def _sdk_class(package: str, name: str) -> Any:
    return getattr(importlib.import_module(f"openai.{package}"), name, None)


def _ours(target: dict[str, str]) -> Any:
    """Our parse function for a names.yaml target: `from_dict` or the union parser."""
    if "model" in target:
        module, _, cls = target["model"].partition(":")
        return getattr(importlib.import_module(f"{PACKAGE}.models.{module}"), cls).from_dict
    unions = importlib.import_module(f"{PACKAGE}.unions").UNIONS
    return unions[target["union"]].parse


# SDK names that names.yaml maps to one of our classes of another shape: no traffic of ours.
NOT_OURS = {
    "types.beta.realtime.": "the deprecated beta realtime protocol, mapped onto our GA classes",
    "types.beta.threads.Annotation": "Assistants annotations, mapped onto the Responses union",
}

# Lies left on purpose, each with why (the test fails when one is fixed: drop it here).
_DETAIL = "Literal['auto', 'high', 'low', 'original'], str]"
_VOICE = (
    "voice: dict not in Union[str, Literal['alloy', 'ash', 'ballad', 'cedar', 'coral', 'echo',"
    " 'marin', 'sage', 'shimmer', 'verse'], NoneType]"
)
_SESSION = (
    "the SDK types a session event's session with the request shape (no id, no object); our"
    " spec reuses the response class, whose id the SDK's RealtimeSessionCreateResponse"
    " types `str` (widening breaks SDK-style code)"
)
KNOWN: list[tuple[str, str, str]] = [
    (
        "types.admin.organization.projects.ServiceAccountCreateResponse",
        "ProjectServiceAccountCreateResponse.role: str not in Literal['member']",
        "the spec's one-value enum is a const; the SDK adds 'none' (needs SDK literal evidence)",
    ),
    *(
        (
            name,
            f"InputImageContent.detail: NoneType not in Union[{_DETAIL}",
            "the SDK disagrees with itself: ResponseInputImage.detail is required (widening"
            " breaks SDK-style `img.detail.upper()`), only beta/content variants say Optional",
        )
        for name in (
            "types.beta.BetaResponseFunctionCallOutputItem",
            "types.beta.BetaResponseSteerInputContent",
        )
    ),
    *(
        (name, f"{cls}.{_VOICE}", "a custom voice object `{id}` the pinned spec lacks")
        for name, cls in (
            ("types.live.SessionUpdatedEvent", "RealtimeSessionCreateResponseGAAudioOutput"),
        )
    ),
    *(
        (name, f"{cls}.{field}: NoneType not in {tp}", _SESSION)
        for name, cls, field, tp in (
            (
                "types.live.SessionUpdatedEvent",
                "RealtimeSessionCreateResponseGA",
                "object",
                "Literal['realtime.session']",
            ),
            (
                "types.live.SessionUpdatedEvent",
                "RealtimeSessionCreateResponseGA",
                "type",
                "Literal['realtime']",
            ),
            (
                "types.realtime.SessionCreatedEvent",
                "RealtimeSessionCreateResponseGA",
                "id",
                "<class 'str'>",
            ),
            (
                "types.realtime.SessionCreatedEvent",
                "RealtimeSessionCreateResponseGA",
                "object",
                "Literal['realtime.session']",
            ),
            (
                "types.realtime.SessionCreatedEvent",
                "RealtimeTranscriptionSessionCreateResponseGA",
                "id",
                "<class 'str'>",
            ),
            (
                "types.realtime.SessionCreatedEvent",
                "RealtimeTranscriptionSessionCreateResponseGA",
                "object",
                "<class 'str'>",
            ),
        )
    ),
]


def _same_model(sdk: Any, ours: str) -> bool:
    """The SDK class is the one our class stands for, not a looser alias of it.

    names.yaml also maps SDK names of other shapes to the nearest class (a `TextDelta` of
    an assistant stream to the full `Text`, a realtime conversation item to the Responses
    input item); `display.yaml` names the one SDK class each of our classes mirrors.
    """
    if not (isinstance(sdk, type) and issubclass(sdk, BaseModel)):
        return typing.get_origin(_unwrap(sdk)) in (typing.Union, types.UnionType)
    entry = load_display().get(ours)
    return entry is not None and entry["name"] == sdk.__name__


@cache
def pairs() -> list[tuple[str, str, Any, Any]]:
    """`(SDK name, our name, SDK annotation, our parser)` for every mapped response type."""
    found: list[tuple[str, str, Any, Any]] = []
    seen: set[tuple[str, str]] = set()
    for package, entry in sorted(load().items()):
        for name, target in sorted((entry.get("names") or {}).items()):
            our = target.get("model") or target.get("union") or ""
            if not our or name.endswith("Param") or "RealtimeClientEvent" in our:
                # request params and realtime client events are sent, never received
                continue
            sdk = _sdk_class(package, name)
            if sdk is None or any(f"{package}.{name}".startswith(p) for p in NOT_OURS):
                continue
            ours = target.get("model") or target["union"]
            if not _same_model(sdk, ours.rpartition(":")[2]):
                continue
            key = (getattr(sdk, "__qualname__", name), ours)
            if key in seen:
                continue
            seen.add(key)
            found.append((f"{package}.{name}", ours.rpartition(":")[2], sdk, _ours(target)))
    return found


def kind(lie: Lie) -> str:
    """The kind of a lie (how it is fixed)."""
    if lie.value_type == "NoneType":
        return "null"
    if lie.value_type == "UnknownVariant" or (
        lie.value_type == "dict" and "UnknownVariant" not in lie.annotation
    ):
        return "union member"
    if lie.value_type == "str" and "Literal" in lie.annotation:
        return "literal"
    return "value type"


def sdk_traffic_lies(shard: int, shards: int) -> Iterator[tuple[str, str, str, str]]:
    """`(kind, SDK name, our class, lie or error)` for the bodies of one shard of pairs."""
    gen = SdkBodies()
    for sdk_name, our_name, sdk, parse in pairs()[shard::shards]:
        for body in gen.bodies(sdk):
            if not isinstance(body, dict):
                continue
            try:
                parsed = parse(body)
            except Exception as exc:  # a body our parser rejects is a lie too
                yield "parse error", sdk_name, our_name, f"{type(exc).__name__}: {exc}"[:200]
                continue
            for lie in lies(parsed):
                yield kind(lie), sdk_name, our_name, str(lie)
            yield from _extras(body, parsed, sdk_name, our_name)


def _extras(
    body: dict[str, Any], instance: Any, sdk_name: str, our_name: str
) -> Iterator[tuple[str, str, str, str]]:
    """Fields the SDK has and our spec lacks land in `additional_properties`, as sent, and
    that attribute's annotation admits them."""
    cls = type(instance)
    if not attrs.has(cls) or "additional_properties" not in attrs.fields_dict(cls):
        return
    known: frozenset[str] = getattr(cls, "_known_keys_", frozenset())
    extra = instance.additional_properties
    for key in body.keys() - known:
        if extra.get(key, object()) != body[key]:
            yield (
                "extras",
                sdk_name,
                our_name,
                f"{cls.__qualname__}.{key} not in additional_properties",
            )
    if not fits(extra, hints(cls)["additional_properties"]):
        yield "extras", sdk_name, our_name, f"{cls.__qualname__}.additional_properties: {extra!r}"


SHARDS = 4


def test_pairs_cover_the_mapped_response_models() -> None:
    """The source of traffic is real: hundreds of SDK response models, each with bodies."""
    found = pairs()
    assert len(found) > 400
    assert all(SdkBodies().bodies(sdk) for _, _, sdk, _ in found[:20])


def test_bodies_cover_every_literal_and_member() -> None:
    """The generator offers each literal value, union member and null at least once."""

    class Inner(BaseModel):
        kind: typing.Literal["a", "b", "c"]

    class Outer(BaseModel):
        x: Inner | None
        y: int | str
        z: list[Inner]

    bodies = SdkBodies().bodies(Outer)
    assert {b["x"]["kind"] for b in bodies if b["x"]} == {"a", "b", "c"}
    assert None in [b["x"] for b in bodies]
    assert {type(b["y"]) for b in bodies} == {int, str}
    assert [] in [b["z"] for b in bodies]


def test_an_sdk_only_field_lands_in_additional_properties() -> None:
    """A field only the SDK knows is kept as sent; a lost one is reported."""
    _, _, _, parse = next(p for p in pairs() if p[1] == "Batch")
    body = {"id": "b", "object": "batch", "endpoint": "e", "created_at": 1, "new_field": [1]}
    assert not list(_extras(body, parse(body), "Batch", "Batch"))
    lost = parse(body)
    lost.additional_properties = {}
    assert [f[3] for f in _extras(body, lost, "Batch", "Batch")] == [
        "Batch.new_field not in additional_properties"
    ]


def test_sdk_only_fields_land_in_attributes() -> None:
    """The SDK's bodies fill the fields it knows beyond the pinned spec (data file of the
    `sdk_fields` pass): ours reads them as attributes, not as extra keys."""
    from scripts.codegen.normalize.passes.sdk_fields import DATA, load_data
    from scripts.codegen.pipeline import class_overrides

    overrides = class_overrides()
    data = load_data(DATA).items()  # entries with a `schema` are new classes, not fields
    wanted = {overrides.get(k, k): set(v["fields"]) for k, v in data if "fields" in v}
    checked: set[str] = set()
    for _, our_name, sdk, parse in pairs():
        keys = wanted.get(our_name, set())
        for body in SdkBodies().bodies(sdk)[:2] if keys else ():
            parsed = parse(body)
            if not keys <= type(parsed)._known_keys_:
                continue  # a request-only class: kept as the spec says
            sent = keys & body.keys()  # empty for an SDK class of another shape mapped here
            assert not sent & parsed.additional_properties.keys(), our_name
            assert sent <= parsed._present_, our_name
            if sent:
                checked.add(our_name)
    assert {"CreateChatCompletionResponse", "Model", "ResponseObject"} <= checked
    assert len(checked) > 30


def test_a_lie_is_found() -> None:
    """The check can fail: a null in a required field of ours is reported, as a null."""
    found = pairs()
    sdk_name, our_name, _, parse = next(p for p in found if p[1] == "Batch")
    parsed = parse({"id": None, "object": "batch", "endpoint": "e", "created_at": 1})
    assert {kind(lie) for lie in lies(parsed)} >= {"null"}
    assert sdk_name and our_name


@pytest.mark.parametrize("shard", range(SHARDS))
def test_sdk_traffic_fits_our_annotations(shard: int) -> None:
    """Every value of every SDK-shaped body fits the annotation of our parsed result."""
    found = sorted(set(sdk_traffic_lies(shard, SHARDS)))
    known = {(sdk, lie) for sdk, lie, _ in KNOWN}
    new = [f for f in found if (f[1], f[3]) not in known]
    report = "\n".join(f"[{k}] {sdk} -> {ours}: {lie}" for k, sdk, ours, lie in new)
    assert not new, f"{len(new)} lies:\n{report}"


def test_known_lies_are_still_lies() -> None:
    """Each lie left on purpose is still found (a fixed one leaves KNOWN)."""
    found = {
        (sdk, lie) for shard in range(SHARDS) for _, sdk, _, lie in sdk_traffic_lies(shard, SHARDS)
    }
    assert {(sdk, lie) for sdk, lie, _ in KNOWN} <= found
