"""The resource facade generator: every spec operation under the official SDK's name.

Flow (``emit`` is registered in ``scripts/codegen/emitters.py``)::

    names.yaml (operationId -> resource path + method; reviewed, from derive_names.py)
      + the normalized spec (paths, SSE schemas, success statuses)
      + the generated api/ and models/ modules (signatures, field names, types; read by AST)
    -> plan.py   one MethodPlan per operation in a ResourceNode tree (gaps and clashes fail)
    -> render.py resources/<path>.py: sync/async classes, raw-response twins; each method
                 by render_method.py (stream overloads, pagers, downloads, create_and_poll,
                 upload_file_chunked) and render_helpers.py (the SDK's parse / stream /
                 *_stream helpers, from its HELPERS table)
    + templates/_facade_runtime.py copied verbatim: the Operation record and the Requester
      protocol that ``integrations_openai._requester`` implements (imports only go down).
    + templates/_helper_types.py copied verbatim: the parsed results, chat stream events and
      stream-manager protocols the helpers return.

Streaming rule (plan.py ``_stream_switch`` / ``_stream_event_schema``): every operation whose
body or query takes ``stream`` (or ``stream_format`` next to a declared event stream) gets
``stream=True`` overloads returning typed events, even when the spec declares no
``text/event-stream`` response: the event schema is the operation's own, else its parent
path's (``GET /responses/{id}``), else ``AssistantStreamEvent`` under ``/threads``, else the
success model (legacy completions).

Rename an operation: add it to ``rules.OVERRIDES``, rerun ``python -m
scripts.codegen.facade.derive_names > scripts/codegen/facade/names.yaml`` (a test keeps the map
reproducible from the installed SDK), then ``make generate``.
"""

from __future__ import annotations

from .emit import emit

__all__ = ["emit"]
