"""``GET /health``: is this process up and its database reachable? For load balancers and
monitoring, so it needs no authentication and reveals nothing: no URL, no counts, no names."""

from __future__ import annotations

from typing import Literal

import sqlalchemy as sa
from fastapi import APIRouter, Response, status
from pydantic import BaseModel

from fieldcase import __version__
from fieldcase.server import migrations
from fieldcase.server.routes.deps import Engine

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok", "unavailable"]
    version: str
    database: Literal["ok", "unreachable", "outdated"]


@router.get("/health", response_model=Health, responses={503: {"model": Health}})
def health(engine: Engine, response: Response) -> Health:
    """200 when the database answers and has the schema this version expects, else 503."""
    try:
        with engine.connect() as conn:
            revision = migrations.current_revision(conn)
    except sa.exc.SQLAlchemyError:
        database: Literal["ok", "unreachable", "outdated"] = "unreachable"
    else:
        database = "ok" if revision == migrations.head_revision() else "outdated"
    healthy = database == "ok"
    if not healthy:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    return Health(status="ok" if healthy else "unavailable", version=__version__,
                  database=database)
