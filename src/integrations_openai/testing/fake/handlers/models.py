"""Models: a realistic catalogue; fine-tuned models join it and can be deleted."""

from __future__ import annotations

from .._routing import Answer, ApiError, Call, RouteTable, not_found
from ._common import deleted

__all__ = ["CATALOGUE", "routes"]

routes = RouteTable()

#: (id, owned_by, created)
CATALOGUE = (
    ("gpt-4o", "system", 1715367049),
    ("gpt-4o-mini", "system", 1721172741),
    ("gpt-4o-mini-2024-07-18", "system", 1721172717),
    ("gpt-4.1", "system", 1744316542),
    ("gpt-4.1-mini", "system", 1744318173),
    ("o3-mini", "system", 1737146383),
    ("text-embedding-3-small", "system", 1705948997),
    ("text-embedding-3-large", "system", 1705953180),
    ("whisper-1", "openai-internal", 1677532384),
    ("gpt-4o-mini-tts", "system", 1742403959),
    ("tts-1", "openai-internal", 1681940951),
    ("dall-e-2", "system", 1698798177),
    ("dall-e-3", "system", 1698785189),
    ("gpt-image-1", "system", 1745517030),
    ("omni-moderation-latest", "system", 1731689265),
)


def _all(call: Call) -> list[dict[str, object]]:
    base = [
        {"id": i, "object": "model", "created": created, "owned_by": owner}
        for i, owner, created in CATALOGUE
    ]
    return base + call.state.all("models")


@routes.route("GET", "/models")
def list_models(call: Call) -> Answer:
    """Every model (not paginated, as in the API)."""
    return {"object": "list", "data": _all(call)}


@routes.route("GET", "/models/{model}")
def retrieve(call: Call) -> Answer:
    """One model."""
    for model in _all(call):
        if model["id"] == call.params["model"]:
            return model
    raise ApiError(
        404,
        f"The model '{call.params['model']}' does not exist",
        param="model",
        code="model_not_found",
    )


@routes.route("DELETE", "/models/{model}")
def delete(call: Call) -> Answer:
    """Delete a fine-tuned model (base models belong to the system)."""
    if call.state.find("models", call.params["model"]) is None:
        if any(call.params["model"] == i for i, _, _ in CATALOGUE):
            raise ApiError(403, "You have insufficient permissions for this operation.")
        raise not_found("model", call.params["model"])
    call.state.remove("models", call.params["model"])
    return deleted(call.params["model"], "model")
