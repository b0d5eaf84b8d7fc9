"""The I/O-free core of Assistants streams: ``thread.*`` events -> snapshots and the
``AssistantEventHandler`` callbacks they trigger.

``AssistantCore.handle(name, data)`` folds one event into the run, run-step and message
snapshots (deltas joined by ``index``: text appended, lists merged) and returns the
callbacks to run as ``(method name, arguments)``; the sync and async handlers only call
them. Snapshots are plain dicts; the callbacks get the generated models.
"""

from __future__ import annotations

import copy
from typing import Any

from ..errors import StreamError

__all__ = ["AssistantCore", "merge_delta"]

Call = tuple[str, tuple[Any, ...]]
_STEP = "thread.run.step."
_MESSAGE = "thread.message."


def merge_delta(target: dict[str, Any], delta: dict[str, Any]) -> None:
    """Fold a streamed delta into a snapshot: strings are appended, objects merged, list
    items with an ``index`` merged at that index (others appended)."""
    for key, value in delta.items():
        if key == "index":
            continue
        current = target.get(key)
        if isinstance(value, str) and isinstance(current, str) and key not in ("type", "id"):
            target[key] = current + value
        elif isinstance(value, dict) and isinstance(current, dict):
            merge_delta(current, value)
        elif isinstance(value, list) and isinstance(current, list):
            for item in value:
                index = item.get("index") if isinstance(item, dict) else None
                if isinstance(index, int) and index < len(current):
                    merge_delta(current[index], item)
                else:
                    current.append(_fresh(item))
        else:
            target[key] = _fresh(value)


def _fresh(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _fresh(v) for k, v in value.items() if k != "index"}
    if isinstance(value, list):
        return [_fresh(v) for v in value]
    return value


def _models() -> Any:
    from integrations_openai_api import models

    return models


# A tool call's ``type`` -> the generated class of its snapshot and of its delta.
_TOOL_CALLS = {
    "code_interpreter": ("RunStepDetailsToolCallsCodeObject", "RunStepDeltaStepDetailsToolCallsCodeObject"),
    "file_search": ("RunStepDetailsToolCallsFileSearchObject", "RunStepDeltaStepDetailsToolCallsFileSearchObject"),
    "function": ("RunStepDetailsToolCallsFunctionObject", "RunStepDeltaStepDetailsToolCallsFunctionObject"),
}  # fmt: skip


def _tool_call(data: dict[str, Any], *, delta: bool) -> Any:
    """A tool call (or its delta) as its generated model; a new kind stays a dict."""
    names = _TOOL_CALLS.get(data.get("type", ""))
    if names is None:
        return data
    return getattr(_models(), names[1] if delta else names[0]).from_dict(data)


class AssistantCore:
    """Run, run-step and message snapshots of one Assistants stream."""

    __slots__ = ("_text_index", "_tool_index", "message_id", "messages", "run", "step_id", "steps")

    def __init__(self) -> None:
        self.run: dict[str, Any] | None = None
        self.steps: dict[str, dict[str, Any]] = {}
        self.messages: dict[str, dict[str, Any]] = {}
        self.step_id: str | None = None
        self.message_id: str | None = None
        self._text_index: int | None = None
        self._tool_index: int | None = None

    def handle_routed(self, routed: object) -> list[Call]:
        """``handle`` for what the router made of one event: ``{"event", "data"}`` for a
        ``thread.*`` event; anything else (an unnamed or foreign event) changes nothing."""
        if not isinstance(routed, dict):
            return []
        name, data = routed.get("event"), routed.get("data")
        if not isinstance(name, str) or not isinstance(data, dict):
            return []
        return self.handle(name, data)

    def handle(self, name: str, data: dict[str, Any]) -> list[Call]:
        """The callbacks for one event (after ``on_event``), snapshots updated first."""
        try:
            if name.startswith(_STEP):
                return self._step(name[len(_STEP) :], data)
            if name.startswith(_MESSAGE):
                return self._message(name[len(_MESSAGE) :], data)
        except (KeyError, IndexError, TypeError, AttributeError, ValueError, RecursionError) as exc:
            raise StreamError(
                f"{name} does not fit the stream so far: {type(exc).__name__}: {exc}", body=data
            ) from None
        if name.startswith("thread.run."):
            self.run = data
        return []

    # ---- run steps and their tool calls

    def _step(self, kind: str, data: dict[str, Any]) -> list[Call]:
        m = _models()
        if kind == "created":
            self.steps[data["id"]] = copy.deepcopy(data)
            self.step_id, self._tool_index = data["id"], None
            return [("on_run_step_created", (m.RunStepObject.from_dict(data),))]
        if kind == "in_progress":  # no callback, as in the SDK: the step is current again
            self.steps.setdefault(data["id"], copy.deepcopy(data))
            self.step_id = data["id"]
            return []
        if kind != "delta":  # completed, failed, cancelled, expired
            done = self._tool_done(self.steps.get(data["id"]))
            self.steps[data["id"]] = copy.deepcopy(data)
            return [*done, ("on_run_step_done", (m.RunStepObject.from_dict(data),))]
        snapshot = self.steps[data["id"]]
        details = (data.get("delta") or {}).get("step_details") or {}
        calls: list[Call] = []
        tool_calls: list[Call] = []
        for tc in details.get("tool_calls") or ():
            existing = snapshot.setdefault("step_details", {"type": "tool_calls"})
            known = existing.setdefault("tool_calls", [])
            index = tc["index"]
            if index >= len(known):
                tool_calls += self._tool_done(snapshot)
                known.append(_fresh(tc))
                tool_calls.append(
                    ("on_tool_call_created", (_tool_call(known[index], delta=False),))
                )
            else:
                merge_delta(known[index], tc)
            self._tool_index = index
            snap = _tool_call(known[index], delta=False)
            tool_calls.append(("on_tool_call_delta", (_tool_call(tc, delta=True), snap)))
        if not details.get("tool_calls"):
            merge_delta(snapshot, {"step_details": details} if details else {})
        delta = m.RunStepDeltaObjectDelta.from_dict(data.get("delta") or {})
        calls.append(("on_run_step_delta", (delta, m.RunStepObject.from_dict(snapshot))))
        return calls + tool_calls

    def _tool_done(self, step: dict[str, Any] | None) -> list[Call]:
        if step is None or self._tool_index is None:
            return []
        known = (step.get("step_details") or {}).get("tool_calls") or []
        index, self._tool_index = self._tool_index, None
        if index >= len(known):
            return []
        return [("on_tool_call_done", (_tool_call(known[index], delta=False),))]

    # ---- messages and their text

    def _message(self, kind: str, data: dict[str, Any]) -> list[Call]:
        m = _models()
        if kind == "created":
            self.messages[data["id"]] = copy.deepcopy(data)
            self.message_id, self._text_index = data["id"], None
            return [("on_message_created", (m.MessageObject.from_dict(data),))]
        if kind == "in_progress":  # no callback, as in the SDK (it is not done)
            return []
        if kind != "delta":  # completed, incomplete
            done = self._text_done(self.messages.get(data["id"]))
            self.messages[data["id"]] = copy.deepcopy(data)
            return [*done, ("on_message_done", (m.MessageObject.from_dict(data),))]
        snapshot = self.messages[data["id"]]
        delta = data.get("delta") or {}
        content = snapshot.setdefault("content", [])
        parts: list[Call] = []
        for part in delta.get("content") or ():
            index = part["index"]
            if index >= len(content):
                parts += self._text_done(snapshot)
                content.append(_fresh(part))
                new = content[index]
                if new.get("type") == "text":
                    new.setdefault("text", {}).setdefault("annotations", [])
                    new["text"].setdefault("value", "")
                    parts.append(("on_text_created", (self._text(new),)))
                elif new.get("type") == "image_file":
                    image = m.MessageContentImageFileObjectImageFile.from_dict(new["image_file"])
                    parts.append(("on_image_file_done", (image,)))
            else:
                merge_delta(content[index], part)
            if part.get("type") == "text":
                self._text_index = index
                text_delta = m.MessageDeltaContentTextObjectText.from_dict(part.get("text") or {})
                parts.append(("on_text_delta", (text_delta, self._text(content[index]))))
        for key, value in delta.items():
            if key != "content":
                snapshot[key] = value
        message_delta = m.MessageDeltaObjectDelta.from_dict(delta)
        calls: list[Call] = [
            ("on_message_delta", (message_delta, m.MessageObject.from_dict(snapshot)))
        ]
        return calls + parts

    def _text_done(self, message: dict[str, Any] | None) -> list[Call]:
        if message is None or self._text_index is None:
            return []
        index, self._text_index = self._text_index, None
        content = message.get("content") or []
        return [("on_text_done", (self._text(content[index]),))] if index < len(content) else []

    @staticmethod
    def _text(part: dict[str, Any]) -> Any:
        return _models().MessageContentTextObjectText.from_dict(part.get("text") or {})

    # ---- final objects

    def final_run(self) -> Any:
        """The last run snapshot (``StreamError`` if no ``thread.run.*`` event came)."""
        if self.run is None:
            raise StreamError("the stream carried no thread.run event")
        return _models().RunObject.from_dict(self.run)

    def final_messages(self) -> list[Any]:
        """Every message of the stream, as last seen."""
        return [_models().MessageObject.from_dict(m) for m in self.messages.values()]

    def final_steps(self) -> list[Any]:
        """Every run step of the stream, as last seen."""
        return [_models().RunStepObject.from_dict(s) for s in self.steps.values()]

    def current_message(self) -> Any:
        """The message being streamed (``None`` before the first)."""
        data = self.messages.get(self.message_id or "")
        return None if data is None else _models().MessageObject.from_dict(data)

    def current_step(self) -> Any:
        """The run step being streamed (``None`` before the first)."""
        data = self.steps.get(self.step_id or "")
        return None if data is None else _models().RunStepObject.from_dict(data)
