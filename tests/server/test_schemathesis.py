"""schemathesis over the published OpenAPI document: no input makes the server fail (5xx).

Runs through schemathesis's plain Python API (``openapi.from_asgi`` and each operation's
Hypothesis strategy) rather than its pytest plugin, whose ``from_fixture`` helper broke on
pytest 9.2. Two passes per operation and generation mode (valid and invalid inputs):

- as schemathesis sends them (the signing headers are fuzzed too, so most stop at the
  signature check);
- with the fuzzed body correctly compressed and signed by an enrolled device, so the input
  reaches the protocol decoder, the merge and the database.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import httpx
import pytest
import schemathesis
import sqlalchemy as sa
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.python import asgi as schemathesis_asgi

from fieldcase.server.auth_codes import AttemptPolicy
from fieldcase.server.routes.sign_in import SIGN_IN_PATH, new_limiter
from fieldcase.sync.protocol import compress

from .sync_harness import Device, World, call, make_world

pytestmark = pytest.mark.slow  # every operation, generated examples, on both back ends

EXAMPLES = 40
MODES = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
RUN = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
               suppress_health_check=list(HealthCheck))


@pytest.fixture
def world(engine: sa.Engine, db_url: str) -> Iterator[World]:
    yield make_world(engine, db_url)


def operations(world: World) -> list[schemathesis.APIOperation]:
    """The operations of the document the app serves at /openapi.json.

    ``from_asgi`` fetches it on an event-loop thread schemathesis keeps for the whole process
    (and stops at exit); it is stopped here so the suite's no-stray-thread guard holds."""
    try:
        schema = schemathesis.openapi.from_asgi("/openapi.json", world.app)
    finally:
        schemathesis_asgi._shutdown()
    found = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in found} >= {"POST /v1/enrol", "POST /v1/sync/push",
                                          "POST /v1/sync/pull", "GET /health"}
    return found


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_no_input_as_generated_makes_a_server_error(world: World, mode: GenerationMode
                                                    ) -> None:
    statuses: set[int] = set()
    for operation in operations(world):
        if mode is GenerationMode.NEGATIVE and not list(operation.body):
            continue  # nothing to make invalid (GET /health takes no input)

        @RUN
        @given(case=operation.as_strategy(generation_mode=mode))
        def check(case: schemathesis.Case) -> None:
            response = send_case(world, case)
            statuses.add(response.status_code)
            assert response.status_code < 500, (case.method, case.path, response.text)

        check()
    assert statuses & {400, 401}  # the generated requests reached the checks


def send_case(world: World, case: schemathesis.Case) -> httpx.Response:
    """Send a generated case in-process over httpx.ASGITransport (schemathesis's own ASGI
    client leaves a thread behind). Inputs httpx itself cannot put on the wire (non-ASCII
    header values, say) are not the server's concern and are skipped."""
    kwargs = case.as_transport_kwargs(base_url="http://test")

    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=world.app)
        async with httpx.AsyncClient(transport=transport) as client:
            try:
                request = client.build_request(
                    kwargs["method"], kwargs["url"], headers=kwargs["headers"],
                    params=kwargs.get("params"), json=kwargs.get("json"),
                    content=kwargs.get("data"))
            except (UnicodeEncodeError, httpx.InvalidURL, TypeError, ValueError):
                reject()
            return await client.send(request)
    return asyncio.run(send())


def signed_body(value: object) -> bytes:
    return compress(json.dumps(value, default=str).encode())


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_no_signed_body_makes_a_server_error(world: World, mode: GenerationMode) -> None:
    device: Device = world.enrol("sara")
    statuses: set[int] = set()
    for operation in operations(world):
        if not operation.path.startswith("/v1/sync/"):
            continue

        @RUN
        @given(case=operation.as_strategy(generation_mode=mode), nonce=st.binary(min_size=16,
                                                                                max_size=16))
        def check(case: schemathesis.Case, nonce: bytes) -> None:
            path = case.operation.path
            body = signed_body(case.body)
            response = call(world.app, path, body, device.headers(path, body, nonce=nonce))
            statuses.add(response.status_code)
            assert response.status_code < 500, (path, response.text)

        check()
    assert 400 in statuses
    if mode is GenerationMode.POSITIVE:
        assert 200 in statuses  # valid generated bodies reached the merge and the database


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
def test_no_signed_sign_in_body_makes_a_server_error(world: World, mode: GenerationMode
                                                     ) -> None:
    """The sign-in body is plain JSON (not zstd) under the device's signature; the limiter is
    widened so every generated passphrase reaches the Argon2id check."""
    device: Device = world.enrol("sara")
    world.app.state.sign_in_limiter = new_limiter(world.engine,
                                                  policy=AttemptPolicy(per_source=100_000))
    operation = next(op for op in operations(world) if op.path == SIGN_IN_PATH)
    statuses: set[int] = set()

    @RUN
    @given(case=operation.as_strategy(generation_mode=mode), nonce=st.binary(min_size=16,
                                                                            max_size=16))
    def check(case: schemathesis.Case, nonce: bytes) -> None:
        body = json.dumps(case.body, default=str).encode()
        headers = {**device.headers(SIGN_IN_PATH, body, nonce=nonce)}
        del headers["Content-Encoding"]
        response = call(world.app, SIGN_IN_PATH, body, headers)
        statuses.add(response.status_code)
        assert response.status_code < 500, response.text

    check()
    if mode is GenerationMode.POSITIVE:
        assert 401 in statuses  # valid bodies reached the passphrase check
