"""The ASGI app in-process (httpx.ASGITransport) on both back ends, and the published
OpenAPI document."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from fastapi import APIRouter, FastAPI

from fieldcase import __version__
from fieldcase.server import admin, migrations
from fieldcase.server.app import create_app, openapi_document
from fieldcase.server.config import Settings
from fieldcase.server.db import create_engine, organisations, sqlite_url
from fieldcase.server.feed import Cursor
from fieldcase.server.routes.deps import Connection

from .conftest import NOW

OPENAPI = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def call(app: FastAPI, method: str, path: str) -> httpx.Response:
    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.request(method, path)
    return asyncio.run(send())


@pytest.fixture
def app(db_url: str, engine: sa.Engine) -> FastAPI:
    return create_app(Settings(database_url=db_url), engine=engine)


def test_health_reports_ok_and_the_version_without_secrets(app: FastAPI, db_url: str) -> None:
    response = call(app, "GET", "/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "version": __version__, "database": "ok"}
    assert "127.0.0.1" not in response.text and "sqlite" not in response.text


def test_health_says_unavailable_when_the_schema_is_outdated(app: FastAPI,
                                                             engine: sa.Engine) -> None:
    migrations.downgrade(engine, "base")
    response = call(app, "GET", "/health")
    assert response.status_code == 503
    assert response.json()["database"] == "outdated"


def test_health_says_unavailable_when_the_database_is_unreachable(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "missing-folder" / "server.db")
    engine = create_engine(url)
    try:
        response = call(create_app(Settings(database_url=url), engine=engine), "GET", "/health")
    finally:
        engine.dispose()
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "version": __version__,
                               "database": "unreachable"}


@pytest.fixture
def app_with_probe(app: FastAPI) -> Iterator[FastAPI]:
    """A router the way the sync endpoints will be written: a transaction per request."""
    probe = APIRouter()

    @probe.post("/probe/{name}")
    def create(name: str, conn: Connection) -> dict[str, str]:
        conn.execute(sa.insert(organisations).values(id=uuid.uuid4(), name=name,
                                                     created_at=NOW))
        if name == "fail":
            raise admin.AdminError("not_found", "case: no such case")
        return {"created": name}

    @probe.get("/probe/cursor/{text}")
    def cursor(text: str) -> dict[str, int]:
        return {"seq": Cursor.decode(text).seq}

    app.include_router(probe)
    yield app


def test_a_request_commits_or_rolls_back_and_errors_carry_a_kind(
        app_with_probe: FastAPI, engine: sa.Engine) -> None:
    assert call(app_with_probe, "POST", "/probe/kept").json() == {"created": "kept"}
    failed = call(app_with_probe, "POST", "/probe/fail")
    assert failed.status_code == 404
    assert failed.json() == {"error": "not_found", "message": "case: no such case"}
    with engine.connect() as conn:
        names = conn.execute(sa.select(organisations.c.name)).scalars().all()
    assert names == ["kept"]
    bad_cursor = call(app_with_probe, "GET", "/probe/cursor/nonsense")
    assert (bad_cursor.status_code, bad_cursor.json()["error"]) == (400, "invalid_cursor")


def test_published_openapi_document_is_current() -> None:
    current = openapi_document()
    assert OPENAPI.exists(), "docs/openapi.json missing: fieldcase-server openapi > it"
    assert OPENAPI.read_text(encoding="utf-8") == current, (
        "docs/openapi.json is stale: run `fieldcase-server openapi > docs/openapi.json`")
    assert '"/health"' in current
