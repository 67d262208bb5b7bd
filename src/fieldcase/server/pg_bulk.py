"""Many rows in one fixed-shape statement on PostgreSQL: ``unnest`` of one array per column.

A push writes hundreds of feed rows and ``records`` rows. Through SQLAlchemy's
``executemany`` each batch became one multi-row ``VALUES`` statement with ~11 parameters per
row: SQLAlchemy rendered it and psycopg parsed the whole text again on every push (too long
for psycopg's query cache), and every ``jsonb`` value went through the driver's JSON adapter.
py-spy put 45 % of a 500-change push there. Here each column travels as one array parameter
(sent in binary, ``%(name)b``: psycopg dumps a list of UUIDs, bytes or text with no
escaping, which its text array format needs for every quote in a JSON value) into a statement
whose text
never changes with the batch size, so it is parsed once per connection and planned cheaply:

    INSERT INTO t (a, b) SELECT u.a, u.b FROM unnest(%(a)s::uuid[], %(b)s::text[])
        WITH ORDINALITY AS u(a, b, n) ORDER BY u.n ON CONFLICT ...

Rows are inserted in the order given (``ORDER BY`` the ordinality), so identity columns (the
feed's ``seq``) are handed out in batch order as before. ``jsonb`` columns are sent as JSON
text and cast by PostgreSQL, which stores the same ``jsonb`` value either way. Lookups of many
ids (``any_of``) use ``= ANY(array)`` for the same reason: one statement text for any count.

What can go wrong: a value PostgreSQL refuses (a NUL character in text) fails the whole
statement, as the row-by-row insert would have. Only for PostgreSQL; SQLite keeps SQLAlchemy's
plain statements (``is_postgresql``).
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from typing import Any, Final

import orjson
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from fieldcase.server.db import UtcDateTime

__all__ = ["any_of", "insert_rows", "is_postgresql", "pg_array_type"]

_TYPE_NAMES: Final[tuple[tuple[type[sa.types.TypeEngine[Any]], str], ...]] = (
    (sa.Uuid, "uuid"),
    (sa.BigInteger, "bigint"),
    (sa.Integer, "integer"),
    (sa.Boolean, "boolean"),
    (sa.LargeBinary, "bytea"),
    (sa.JSON, "jsonb"),
    (postgresql.JSONB, "jsonb"),
    (sa.String, "text"),
)


def is_postgresql(conn: sa.Connection) -> bool:
    return conn.dialect.name == "postgresql"


def pg_array_type(column: sa.Column[object]) -> str:
    """The PostgreSQL element type a column's values are sent as (JSON goes as text)."""
    column_type: sa.types.TypeEngine[Any] = column.type
    if isinstance(column_type, (UtcDateTime, sa.DateTime)):
        return "timestamptz"
    for python_type, name in _TYPE_NAMES:
        if isinstance(column_type, python_type):
            return name
    raise TypeError(f"{column.table.name}.{column.name}: no array type for {column_type!r}")


def _dump_json(value: object) -> str:
    """Compact JSON by orjson (a fifth of the standard library's time), cast to ``jsonb`` by
    PostgreSQL, which stores the same value whatever the spelling (``1e-05`` or ``0.00001``,
    ``\u1270`` or the letter). What orjson refuses to write cannot get this far: a lone
    surrogate, ``NaN`` and integers past 18 digits are refused when a body is read
    (``sync.protocol_bounds``); the rows come from the server's own merge state."""
    return orjson.dumps(value).decode()


def insert_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[Mapping[str, object]],
                *, conflict: str, returning: str | None = None) -> list[object]:
    """Insert ``rows`` (all with the same keys, table column names) in one statement.

    ``conflict`` is the statement's ``ON CONFLICT`` tail as SQL (a constant of the caller,
    never built from data); ``returning`` names one column to return. Returns that column's
    values for the rows inserted or updated (empty without ``returning``).
    """
    if not rows:
        return []
    names = list(rows[0])
    columns = [table.c[name] for name in names]
    arrays: dict[str, list[object]] = {name: [] for name in names}
    json_columns = {c.name for c in columns if pg_array_type(c) == "jsonb"}
    for row in rows:
        for name in names:
            value = row[name]
            arrays[name].append(_dump_json(value) if name in json_columns else value)
    unnested = ", ".join(
        f"%({name})b::{'text' if name in json_columns else pg_array_type(c)}[]"
        for name, c in zip(names, columns, strict=True))
    selected = ", ".join(f"u.{name}::jsonb" if name in json_columns else f"u.{name}"
                         for name in names)
    # Identifiers come from the table's metadata, ``conflict`` is the caller's constant, and
    # every value travels as a bound array: nothing of the data is in the text.
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) SELECT {selected} "  # noqa: S608
           f"FROM unnest({unnested}) WITH ORDINALITY AS u({', '.join(names)}, ordinal) "
           f"ORDER BY u.ordinal {conflict}")
    if returning is not None:
        sql += f" RETURNING {table.c[returning].name}"
    result = conn.exec_driver_sql(sql, arrays)
    return [row[0] for row in result] if returning is not None else []


def any_of(column: sa.ColumnElement[uuid.UUID], values: Collection[uuid.UUID],
           conn: sa.Connection) -> sa.ColumnElement[bool]:
    """``column IN values`` as one statement text for any number of ids on PostgreSQL
    (``= ANY(:array)``); SQLAlchemy's expanding ``IN`` elsewhere."""
    ordered = sorted(values)
    if not is_postgresql(conn):
        return column.in_(ordered)
    return column == sa.any_(sa.bindparam(None, ordered, type_=postgresql.ARRAY(column.type)))
