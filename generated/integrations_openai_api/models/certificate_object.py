from typing import Literal

CertificateObject = Literal[
    "certificate", "organization.certificate", "organization.project.certificate"
]

CERTIFICATE_OBJECT_VALUES: set[CertificateObject] = {
    "certificate",
    "organization.certificate",
    "organization.project.certificate",
}


def check_certificate_object(value: str) -> CertificateObject:
    if value in CERTIFICATE_OBJECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CERTIFICATE_OBJECT_VALUES!r}")
