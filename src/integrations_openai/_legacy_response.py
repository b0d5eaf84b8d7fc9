"""The official SDK's `openai._legacy_response` names, which its README points users to.

`LegacyAPIResponse[T]` is what `with_raw_response` calls give (our `RawResponse`);
`HttpxBinaryResponseContent` is a binary body (our `BinaryContent`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from integrations_openai_api._facade_runtime import BinaryContent as HttpxBinaryResponseContent

if TYPE_CHECKING:
    # The view raw calls are declared to return, so `-> LegacyAPIResponse[ChatCompletion]`
    # accepts `client.chat.completions.with_raw_response.create(...)`.
    from integrations_openai_api._facade_runtime import RawResponse as LegacyAPIResponse
else:
    from ._response import RawResponse as LegacyAPIResponse

__all__ = ["HttpxBinaryResponseContent", "LegacyAPIResponse"]
