"""The resource facade generator: every spec operation under the official SDK's name.

Flow (``emit`` is registered in ``scripts/codegen/emitters.py``)::

    names.yaml (operationId -> resource path + method; reviewed, from derive_names.py)
      + the normalized spec (paths, SSE schemas, success statuses)
      + the generated api/ and models/ modules (signatures, field names, types; read by AST)
    -> plan.py   one MethodPlan per operation in a ResourceNode tree (gaps and clashes fail)
    -> render.py resources/<path>.py: sync/async classes, raw-response twins; each method
                 by render_method.py (stream overloads, pagers, downloads, create_and_poll,
                 upload_file_chunked)
    + templates/_facade_runtime.py copied verbatim: the Operation record and the Requester
      protocol that ``integrations_openai._requester`` implements (imports only go down).

Rename an operation: add it to ``rules.OVERRIDES``, rerun ``python -m
scripts.codegen.facade.derive_names > scripts/codegen/facade/names.yaml`` (a test keeps the map
reproducible from the installed SDK), then ``make generate``.
"""

from __future__ import annotations

from .emit import emit

__all__ = ["emit"]
