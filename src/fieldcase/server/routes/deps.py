"""Request dependencies shared by every router: the engine, a per-request transaction and the
settings, all taken from ``app.state`` so nothing lives in module globals (several apps, as in
the tests, or several processes can run side by side)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

import sqlalchemy as sa
from fastapi import Depends, Request

from fieldcase.server.config import Settings


def engine(request: Request) -> sa.Engine:
    found: sa.Engine = request.app.state.engine
    return found


def settings(request: Request) -> Settings:
    found: Settings = request.app.state.settings
    return found


def transaction(request: Request) -> Iterator[sa.Connection]:
    """One database transaction for the request (runs in FastAPI's thread pool)."""
    with engine(request).begin() as conn:
        yield conn


Engine = Annotated[sa.Engine, Depends(engine)]
Connection = Annotated[sa.Connection, Depends(transaction)]
AppSettings = Annotated[Settings, Depends(settings)]
