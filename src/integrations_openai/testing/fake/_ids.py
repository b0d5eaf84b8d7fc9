"""Object ids with the prefixes the real API uses (``file-``, ``batch_``, ``asst_`` ...)."""

from __future__ import annotations

import random
import string
import threading

__all__ = ["Ids", "prefix_for_field", "prefix_for_object", "prefix_for_type"]

_ALPHABET = string.ascii_letters + string.digits

# The `object` value of a resource -> its id prefix.
_OBJECT_PREFIXES = {
    "assistant": "asst_",
    "batch": "batch_",
    "chat.completion": "chatcmpl-",
    "chat.completion.chunk": "chatcmpl-",
    "container": "cntr_",
    "conversation": "conv_",
    "eval": "eval_",
    "eval.run": "evalrun_",
    "file": "file-",
    "fine_tuning.job": "ftjob-",
    "fine_tuning.job.checkpoint": "ftckpt_",
    "fine_tuning.job.event": "ftevent-",
    "organization.invite": "invite-",
    "organization.project": "proj_",
    "organization.project.api_key": "key_",
    "organization.project.service_account": "svc_acct_",
    "organization.user": "user-",
    "realtime.session": "sess_",
    "response": "resp_",
    "thread": "thread_",
    "thread.message": "msg_",
    "thread.run": "run_",
    "thread.run.step": "step_",
    "upload": "upload_",
    "upload.part": "part_",
    "vector_store": "vs_",
    "vector_store.file": "file-",
    "vector_store.files_batch": "vsfb_",
}
# The `type` of an item without an `object` (response output items) -> its id prefix.
_TYPE_PREFIXES = {
    "message": "msg_",
    "function_call": "fc_",
    "function_call_output": "fco_",
    "reasoning": "rs_",
    "file_search_call": "fs_",
    "web_search_call": "ws_",
    "computer_call": "cu_",
    "image_generation_call": "ig_",
    "code_interpreter_call": "ci_",
    "mcp_call": "mcp_",
}
# `<name>_id` fields -> prefix (anything else: `<name>_`).
_FIELD_PREFIXES = {
    "assistant_id": "asst_",
    "batch_id": "batch_",
    "call_id": "call_",
    "completion_id": "chatcmpl-",
    "container_id": "cntr_",
    "conversation_id": "conv_",
    "file_id": "file-",
    "input_file_id": "file-",
    "output_file_id": "file-",
    "error_file_id": "file-",
    "fine_tuning_job_id": "ftjob-",
    "message_id": "msg_",
    "previous_response_id": "resp_",
    "project_id": "proj_",
    "response_id": "resp_",
    "run_id": "run_",
    "step_id": "step_",
    "thread_id": "thread_",
    "upload_id": "upload_",
    "user_id": "user-",
    "vector_store_id": "vs_",
}


def prefix_for_object(object_type: str | None) -> str:
    """The id prefix for a resource whose ``object`` is ``object_type``."""
    if not object_type:
        return "obj_"
    known = _OBJECT_PREFIXES.get(object_type)
    if known is not None:
        return known
    return object_type.rsplit(".", 1)[-1].replace(".", "_") + "_"


def prefix_for_type(item_type: str | None, component: str | None) -> str:
    """The id prefix for an item of ``type`` ``item_type`` (else from its schema's name)."""
    if item_type in _TYPE_PREFIXES:
        return _TYPE_PREFIXES[item_type]
    base = item_type or component or "obj"
    return "".join(c for c in base.lower() if c.isalnum())[:8] + "_"


def prefix_for_field(name: str) -> str:
    """The id prefix for a ``<name>_id`` field."""
    return _FIELD_PREFIXES.get(name, name[: -len("_id")] + "_" if name.endswith("_id") else "id_")


class Ids:
    """Deterministic id factory: the same seed gives the same ids in the same order."""

    __slots__ = ("_lock", "_random")

    def __init__(self, seed: int = 0) -> None:
        self._random = random.Random(seed)
        self._lock = threading.Lock()

    def new(self, prefix: str, length: int = 24) -> str:
        """``prefix`` followed by ``length`` random letters and digits."""
        with self._lock:
            return prefix + "".join(self._random.choices(_ALPHABET, k=length))
