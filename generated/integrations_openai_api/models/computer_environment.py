from typing import Literal

ComputerEnvironment = Literal["browser", "linux", "mac", "ubuntu", "windows"]

COMPUTER_ENVIRONMENT_VALUES: set[ComputerEnvironment] = {
    "browser",
    "linux",
    "mac",
    "ubuntu",
    "windows",
}


def check_computer_environment(value: str) -> ComputerEnvironment:
    if value in COMPUTER_ENVIRONMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPUTER_ENVIRONMENT_VALUES!r}")
