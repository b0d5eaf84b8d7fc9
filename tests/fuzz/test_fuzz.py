"""Mutation fuzzing: realistic answers of every family, mutated, through public methods.

In the normal suite: a few derandomized cases per seed, served by ``httpx.MockTransport``
under the real transport stack. ``make fuzz`` runs many more (``FUZZ_CASES`` per seed,
random unless ``FUZZ_SEED`` is set) and also over a real socket (``FUZZ_SOCKET=1``).
Each runs with orjson decoding JSON and with the standard decoder alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Iterator

import hypothesis
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integrations_openai import OpenAIError, _json
from tests.support.faultserver import FaultServer

from .harness import Finding, run_case, run_case_async, socket_client
from .mutate import Answer, answers
from .seeds import SEEDS, Seed

CASES = int(os.environ.get("FUZZ_CASES", "12"))
LONG_RUN = "FUZZ_CASES" in os.environ
SERVES = ["mock", "socket"] if os.environ.get("FUZZ_SOCKET") == "1" else ["mock"]
# Values up to 64 KB in the long run; 8 KB keeps the normal suite quick.
BIG = 65_536 if LONG_RUN else 8_192

SEED = os.environ.get("FUZZ_SEED")
FUZZ_SETTINGS = settings(
    max_examples=CASES,
    derandomize=not LONG_RUN,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)


@pytest.fixture(autouse=True, params=["orjson", "stdlib"])
def json_decoder(request: pytest.FixtureRequest) -> Iterator[str]:
    """Every case runs on both JSON paths: orjson in front (the ``fast`` extra) and the
    standard decoder alone."""
    saved = _json._fast
    _json._fast = orjson.loads if request.param == "orjson" else None
    try:
        yield request.param
    finally:
        _json._fast = saved


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer | None]:
    if "socket" not in SERVES:
        yield None
        return
    with FaultServer() as srv:
        yield srv


@pytest.mark.parametrize("serve", SERVES)
@pytest.mark.parametrize("seed", SEEDS, ids=[s.name for s in SEEDS])
def test_mutated_answers_give_a_result_or_our_error(
    seed: Seed, serve: str, server: FaultServer | None
) -> None:
    with contextlib.ExitStack() as stack:
        srv = server if serve == "socket" else None
        client = stack.enter_context(socket_client(srv)) if srv is not None else None

        @FUZZ_SETTINGS
        @given(answer=answers(seed, BIG), chunk=st.sampled_from([1, 3, 64, 1 << 20]))
        def case(answer: Answer, chunk: int) -> None:
            run_case(seed, answer, chunk=chunk, server=srv, client=client)

        if SEED is not None:
            case = hypothesis.seed(int(SEED))(case)
        case()


@pytest.mark.parametrize("serve", SERVES)
@pytest.mark.parametrize("seed", SEEDS, ids=[s.name for s in SEEDS])
def test_mutated_answers_async_client(seed: Seed, serve: str, server: FaultServer | None) -> None:
    """The same contract for ``AsyncOpenAIClient`` (its own stream and transport drivers).

    Over the socket a fresh client (and event loop) serves each case: a tenth of the cases.
    """
    srv = server if serve == "socket" else None
    cases = CASES if srv is None else max(CASES // 10, 1)

    @settings(FUZZ_SETTINGS, max_examples=cases)
    @given(answer=answers(seed, BIG), chunk=st.sampled_from([1, 64, 1 << 20]))
    def case(answer: Answer, chunk: int) -> None:
        asyncio.run(run_case_async(seed, answer, chunk=chunk, server=srv))

    if SEED is not None:
        case = hypothesis.seed(int(SEED))(case)
    case()


@pytest.mark.parametrize("seed", SEEDS, ids=[s.name for s in SEEDS])
def test_unmutated_seed_is_accepted(seed: Seed) -> None:
    """The oracle can tell: every seed as recorded gives a result (or its documented error)."""
    answer = Answer(seed.status, tuple((k, v.encode()) for k, v in seed.headers), seed.body, ())
    for outcome in (
        run_case(seed, answer, chunk=1 << 20),
        asyncio.run(run_case_async(seed, answer, chunk=7)),
    ):
        if seed.family == "error":
            assert isinstance(outcome, OpenAIError) and outcome.status_code == seed.status
        else:
            assert not isinstance(outcome, BaseException), outcome


def test_a_raw_exception_is_a_finding() -> None:
    """The harness fails a case when anything but our error escapes."""

    def boom(client: object) -> object:
        raise KeyError("raw")

    seed = Seed("boom", "json", 200, (), b"{}", boom)
    with pytest.raises(Finding, match="raw KeyError"):
        run_case(seed, Answer(200, (), b"{}", ()), chunk=64)
