"""The official SDK's `openai.types.shared` names (see `integrations_openai.types`)."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from integrations_openai_api.sdk_types.shared import *  # noqa: F403
else:
    from integrations_openai_api.sdk_types.shared import SDK_NAMES, __all__, __dir__, __getattr__  # noqa: F401
