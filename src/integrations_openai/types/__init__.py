"""The official SDK's `openai.types` names, for code that switches by import.

`from integrations_openai.types.chat import ChatCompletion` gives the class the client
returns; request `*Param` types are `dict[str, Any]` aliases. The names live in the
generated `integrations_openai_api.sdk_types` (mapped from the SDK once, reviewed); this
package and its subpackages only re-export them, loading each class on first use.
The SDK's per-type modules (`from integrations_openai.types.chat.chat_completion import
Choice`) are made on first import (`_sdk_modules`).
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from integrations_openai_api.sdk_types import *  # noqa: F403
else:
    from integrations_openai_api.sdk_types import SDK_NAMES, __all__, __dir__  # noqa: F401
    from integrations_openai_api.sdk_types import __getattr__ as _names

    from integrations_openai.types._sdk_modules import install
    from integrations_openai.types._subpackages import with_subpackages

    __getattr__ = with_subpackages(__name__, _names)
    install()  # `integrations_openai.types.chat.chat_completion` and the SDK's other paths
