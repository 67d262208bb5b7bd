"""HTTP routers, one module per router; :data:`ROUTERS` is what ``create_app`` mounts.

A new endpoint group (``sync``, ``enrol``) is a module here exposing ``router`` and one line in
:data:`ROUTERS`. Handlers take a database connection through :func:`transaction` (one
transaction per request, committed when the handler returns, rolled back if it raises) and the
settings through :func:`settings`.
"""

from __future__ import annotations

from fastapi import APIRouter

from fieldcase.server.routes import attachments, enrol, health, sync
from fieldcase.server.routes.deps import Engine, settings, transaction

ROUTERS: tuple[APIRouter, ...] = (health.router, enrol.router, sync.router,
                                  attachments.router)

__all__ = ["ROUTERS", "Engine", "settings", "transaction"]
