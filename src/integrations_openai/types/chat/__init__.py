"""The official SDK's `openai.types.chat` names (see `integrations_openai.types`)."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from integrations_openai_api.sdk_types.chat import *  # noqa: F403
else:
    from integrations_openai_api.sdk_types.chat import SDK_NAMES, __all__, __dir__  # noqa: F401
    from integrations_openai_api.sdk_types.chat import __getattr__ as _names

    from integrations_openai.types._subpackages import with_subpackages

    __getattr__ = with_subpackages(__name__, _names)
