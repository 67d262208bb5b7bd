"""The central server: ASGI app, database (PostgreSQL or embedded SQLite), change feed,
administration and the `fieldcase-server` command. See docs/server.md."""
