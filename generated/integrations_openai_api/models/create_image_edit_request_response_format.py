from typing import Literal

CreateImageEditRequestResponseFormat = Literal["b64_json", "url"]

CREATE_IMAGE_EDIT_REQUEST_RESPONSE_FORMAT_VALUES: set[CreateImageEditRequestResponseFormat] = {
    "b64_json",
    "url",
}


def check_create_image_edit_request_response_format(
    value: str,
) -> CreateImageEditRequestResponseFormat:
    if value in CREATE_IMAGE_EDIT_REQUEST_RESPONSE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_EDIT_REQUEST_RESPONSE_FORMAT_VALUES!r}"
    )
