"""The official SDK's `openai.types.responses.response_create_params` names (see `integrations_openai.types`)."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from integrations_openai_api.sdk_types.responses.response_create_params import *  # noqa: F403
else:
    from integrations_openai_api.sdk_types.responses.response_create_params import (  # noqa: F401
        SDK_NAMES,
        __all__,
        __dir__,
    )
    from integrations_openai_api.sdk_types.responses.response_create_params import (
        __getattr__ as _names,
    )

    from integrations_openai.types._subpackages import with_subpackages

    __getattr__ = with_subpackages(__name__, _names)
