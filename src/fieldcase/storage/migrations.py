"""Schema migrations: a registry of named steps, each applied with its version record in one
transaction, so a migration killed part-way leaves the old schema or the new one, never a mix.

Rules for adding one: append to ``MIGRATIONS`` with the next number; never edit a migration
that has shipped (stores in the field already ran it); keep each step plain SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from fieldcase.storage.errors import MigrationError


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


CORE = Migration(1, "cases, journal and users", (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    """CREATE TABLE users (
        name TEXT PRIMARY KEY, role TEXT NOT NULL, team TEXT NOT NULL, site TEXT NOT NULL,
        created_at TEXT NOT NULL) WITHOUT ROWID""",
    # One row per case: the whole case document as JSON (one read opens a case), the
    # per-field HLC stamps beside it, and the columns the list screens filter and sort on.
    # The integer rowid doubles as the search index's row id.
    """CREATE TABLE cases (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        case_number TEXT NOT NULL UNIQUE,
        person_id TEXT NOT NULL,
        display_name TEXT NOT NULL,
        site TEXT NOT NULL,
        status TEXT NOT NULL,
        stage TEXT NOT NULL,
        assigned_to TEXT,
        risk_rank INTEGER NOT NULL,
        review INTEGER NOT NULL,
        next_due_on TEXT,
        updated_hlc TEXT NOT NULL,
        doc TEXT NOT NULL,
        stamps TEXT NOT NULL)""",
    "CREATE INDEX cases_by_site ON cases (site, updated_hlc)",
    "CREATE INDEX cases_by_worker ON cases (assigned_to, updated_hlc)",
    "CREATE INDEX cases_for_review ON cases (review, risk_rank, updated_hlc)",
    "CREATE INDEX cases_by_update ON cases (updated_hlc)",
    "CREATE INDEX cases_due ON cases (next_due_on) WHERE next_due_on IS NOT NULL",
    # The change journal: unsent changes, one row per record touched by a change, in the
    # shape the sync protocol ships. Deletes leave a tombstone so they travel too.
    """CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        change_id TEXT NOT NULL UNIQUE,
        case_id TEXT NOT NULL,
        record_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('upsert', 'delete', 'purge')),
        fields TEXT NOT NULL,
        hlc TEXT NOT NULL,
        author TEXT NOT NULL)""",
    "CREATE INDEX outbox_by_case ON outbox (case_id)",
    """CREATE TABLE tombstones (
        record_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, kind TEXT NOT NULL,
        hlc TEXT NOT NULL, author TEXT NOT NULL) WITHOUT ROWID""",
))

SEARCH = Migration(2, "cross-script name search and identifiers", (
    # Contentless: the index keeps only the tokens, the case row keeps the text.
    """CREATE VIRTUAL TABLE case_search USING fts5 (
        terms, content='', contentless_delete=1,
        tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'", prefix='2 3 4')""",
    """CREATE TABLE identifiers (
        kind TEXT NOT NULL, value TEXT NOT NULL,
        case_rowid INTEGER NOT NULL REFERENCES cases (rowid) ON DELETE CASCADE,
        PRIMARY KEY (kind, value, case_rowid)) WITHOUT ROWID""",
    "CREATE INDEX identifiers_by_case ON identifiers (case_rowid)",
))

AUDIT = Migration(3, "hash-chained audit log", (
    """CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE,
        device_time TEXT NOT NULL,
        hlc TEXT NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        case_id TEXT,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL)""",
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END""",
))

OUTBOX_BASE = Migration(4, "base stamps in the change journal", (
    # For each field a change sets, the stamp that field had before the edit ("hlc|author",
    # or null for a new record): the merge tells "changed since the common base" from it.
    "ALTER TABLE outbox ADD COLUMN base TEXT NOT NULL DEFAULT '{}'",
))

SYNC_STATE = Migration(5, "merge state, sync state, quarantine and conflicts", (
    # cases.stamps now holds each record's merge state (domain.merge.RecordState) in the
    # compact form of storage/record_state.py. That form is a superset of the version-4 one
    # ({"_": "hlc|author", field: "hlc|author"}), so existing rows need no rewrite.
    # Bases become lists of HLC stamps (a field showing a conflict has several): convert the
    # single "hlc|author" base of version 4, and drop the null base of a field never set.
    """UPDATE outbox SET base = (
        SELECT coalesce(json_group_object(key, json_array(
            substr(value, 1, instr(value || '|', '|') - 1))), '{}')
        FROM json_each(outbox.base) WHERE type = 'text')""",
    # A delete names every version it saw; a restore names the deletes it overrides.
    "ALTER TABLE outbox ADD COLUMN supersedes TEXT NOT NULL DEFAULT '[]'",
    # Cases whose records this device holds but which show no case: deleted (their versions
    # are kept until a purge, so a concurrent edit can bring them back whole) or not complete
    # yet (a pull page that held only part of a new case).
    """CREATE TABLE hidden_cases (
        case_id TEXT PRIMARY KEY, states TEXT NOT NULL, updated_hlc TEXT NOT NULL)
        WITHOUT ROWID""",
    # Erased cases keep only when and by whom, so a late change to them is absorbed.
    """CREATE TABLE purged_cases (
        case_id TEXT PRIMARY KEY, hlc TEXT NOT NULL, author TEXT NOT NULL) WITHOUT ROWID""",
    # Open conflicts, derived from the merge state of each case and kept with it.
    """CREATE TABLE conflicts (
        conflict_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, record_id TEXT NOT NULL,
        body TEXT NOT NULL) WITHOUT ROWID""",
    "CREATE INDEX conflicts_by_case ON conflicts (case_id)",
    # Changes the server refused, with its reason: kept (encrypted) for a person to look at,
    # never retried automatically and never in the way of the rest of the outbox.
    """CREATE TABLE quarantine (
        change_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, record_id TEXT NOT NULL,
        kind TEXT NOT NULL, op TEXT NOT NULL, fields TEXT NOT NULL, base TEXT NOT NULL,
        supersedes TEXT NOT NULL, hlc TEXT NOT NULL, author TEXT NOT NULL,
        reason TEXT NOT NULL, quarantined_at TEXT NOT NULL) WITHOUT ROWID""",
    "CREATE INDEX quarantine_by_case ON quarantine (case_id)",
    # Enrolment (device id, device private key, pinned server key, session) and progress
    # (pull cursor, last successful sync): secrets, so inside the encrypted store only.
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
))

STATUS_INDEXES = Migration(6, "list indexes with the status", (
    # A status filter checked row by row decrypts a 6 kB page per case it skips (measured:
    # list page p95 57-68 ms at 100k cases); with status in the index, 0.8 ms.
    "CREATE INDEX cases_by_status ON cases (status, updated_hlc)",
    "CREATE INDEX cases_by_site_status ON cases (site, status, updated_hlc)",
    "CREATE INDEX cases_by_worker_status ON cases (assigned_to, status, updated_hlc)",
    "CREATE INDEX cases_for_review_by_status ON cases (review, status, risk_rank, updated_hlc)",
))

ATTACHMENTS = Migration(7, "encrypted attachment files", (
    # One row per attachment this device holds or wants (storage/attachments.py): the random
    # name of its ciphertext file under attachments/, its per-file key wrapped under the
    # profile's attachment sub-key, its chunk layout, and the plaintext size and SHA-256.
    # ``wanted``: listed in a case but not here yet; ``downloading``: part of it is here;
    # ``pending_upload``: made here, the server has not confirmed all of it; ``ready``.
    """CREATE TABLE attachment_files (
        attachment_id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        state TEXT NOT NULL
            CHECK (state IN ('wanted', 'downloading', 'pending_upload', 'ready')),
        file_name TEXT UNIQUE,
        wrapped_key BLOB,
        chunk_size INTEGER,
        chunk_count INTEGER,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL) WITHOUT ROWID""",
    "CREATE INDEX attachment_files_by_case ON attachment_files (case_id)",
    "CREATE INDEX attachment_files_by_state ON attachment_files (state)",
    # Cases whose attachment list may have changed (local edits, pulls, purges, cases leaving
    # scope), filled by triggers so no writer of ``cases`` has to remember it; the attachment
    # step of a sync reconciles them and empties it.
    "CREATE TABLE attachment_scan (case_id TEXT PRIMARY KEY) WITHOUT ROWID",
    # Whether a document lists attachments is told without parsing it: documents are written
    # with sorted keys and compact separators, so an empty list is exactly '"attachments":[]',
    # and that text cannot occur inside a JSON string (its quotes would be escaped). A document
    # written any other way only queues a needless scan, never misses one.
    """CREATE TRIGGER attachment_scan_on_insert AFTER INSERT ON cases
        WHEN instr(NEW.doc, '"attachments":[]') = 0
        BEGIN INSERT OR IGNORE INTO attachment_scan (case_id) VALUES (NEW.id); END""",
    """CREATE TRIGGER attachment_scan_on_update AFTER UPDATE OF doc ON cases
        WHEN instr(NEW.doc, '"attachments":[]') = 0 OR instr(OLD.doc, '"attachments":[]') = 0
        BEGIN INSERT OR IGNORE INTO attachment_scan (case_id) VALUES (NEW.id); END""",
    """CREATE TRIGGER attachment_scan_on_delete AFTER DELETE ON cases
        WHEN instr(OLD.doc, '"attachments":[]') = 0
        BEGIN INSERT OR IGNORE INTO attachment_scan (case_id) VALUES (OLD.id); END""",
    # Cases stored before this version that already list attachments (metadata only: their
    # files were never kept) are scanned once, so the next sync fetches them.
    """INSERT INTO attachment_scan (case_id)
        SELECT id FROM cases WHERE instr(doc, '"attachments":[]') = 0""",
))

_LIST_FILTERS = "status, site, assigned_to, stage, risk_rank, review, next_due_on"

LIST_ORDERS = Migration(9, "list indexes for every sort, and case flags", (
    # One covering index per sort of the case list (storage/case_listing.py): the sort key,
    # the last change (the tie-break), then every column a list filter tests, so the ordered
    # keys of a whole list are one walk of one index that never reads a 6 kB case row and
    # never sorts. The expressions are written exactly as case_listing's queries write them.
    f"""CREATE INDEX cases_list_by_number ON cases (case_number, updated_hlc,
        {_LIST_FILTERS})""",
    f"""CREATE INDEX cases_list_by_name ON cases (display_name COLLATE NOCASE, updated_hlc,
        {_LIST_FILTERS})""",
    f"""CREATE INDEX cases_list_by_status ON cases (CASE status WHEN 'open' THEN 0 WHEN
        'reopened' THEN 1 WHEN 'assessment' THEN 2 WHEN 'case_plan' THEN 3 WHEN 'services'
        THEN 4 WHEN 'closure_requested' THEN 5 WHEN 'closed' THEN 6 ELSE 7 END, updated_hlc,
        {_LIST_FILTERS})""",
    f"""CREATE INDEX cases_list_by_stage ON cases (CASE stage WHEN 'origin' THEN 0 WHEN
        'transit' THEN 1 WHEN 'destination' THEN 2 WHEN 'return' THEN 3 ELSE 4 END,
        updated_hlc, {_LIST_FILTERS})""",
    """CREATE INDEX cases_list_by_risk ON cases (risk_rank, updated_hlc, status, site,
        assigned_to, stage, review, next_due_on)""",
    f"""CREATE INDEX cases_list_by_due ON cases (ifnull(next_due_on, '9999-12-31'),
        updated_hlc, {_LIST_FILTERS})""",
    f"CREATE INDEX cases_list_by_change ON cases (updated_hlc, {_LIST_FILTERS})",
    # A case's flags are a list inside its document; a flag filter looks them up here. The
    # triggers keep it in step with every write of ``cases``, so no writer has to remember.
    """CREATE TABLE case_flags (
        flag TEXT NOT NULL,
        case_rowid INTEGER NOT NULL,
        PRIMARY KEY (flag, case_rowid)) WITHOUT ROWID""",
    "CREATE INDEX case_flags_by_case ON case_flags (case_rowid)",
    """CREATE TRIGGER case_flags_on_insert AFTER INSERT ON cases BEGIN
        INSERT OR IGNORE INTO case_flags (flag, case_rowid)
            SELECT value, NEW.rowid FROM json_each(NEW.doc, '$.case.flags');
        END""",
    """CREATE TRIGGER case_flags_on_update AFTER UPDATE OF doc ON cases
        WHEN json_extract(OLD.doc, '$.case.flags') IS NOT json_extract(NEW.doc, '$.case.flags')
        BEGIN
        DELETE FROM case_flags WHERE case_rowid = OLD.rowid;
        INSERT OR IGNORE INTO case_flags (flag, case_rowid)
            SELECT value, NEW.rowid FROM json_each(NEW.doc, '$.case.flags');
        END""",
    """CREATE TRIGGER case_flags_on_delete AFTER DELETE ON cases BEGIN
        DELETE FROM case_flags WHERE case_rowid = OLD.rowid;
        END""",
    """INSERT OR IGNORE INTO case_flags (flag, case_rowid)
        SELECT j.value, c.rowid FROM cases c, json_each(c.doc, '$.case.flags') j""",
))

DRAFTS = Migration(10, "drafts", (
    # Unsaved forms kept so nothing typed is lost (storage/drafts.py): one row per local user
    # and form ("case:<id>", "register"), the form's state as JSON. Per user, so a colleague
    # on the shared laptop never sees another's draft; never journaled, so never synced.
    """CREATE TABLE drafts (
        user TEXT NOT NULL,
        draft_key TEXT NOT NULL,
        state TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (user, draft_key)) WITHOUT ROWID""",
    "CREATE INDEX drafts_by_age ON drafts (saved_at)",
    # A case that leaves this device (erased, deleted, out of scope) takes its drafts with it:
    # a draft holds case content, and an erasure must leave no readable copy. A trigger, so
    # no writer of ``cases`` has to remember (secure_delete zeroes the pages).
    """CREATE TRIGGER drafts_of_a_removed_case AFTER DELETE ON cases BEGIN
        DELETE FROM drafts WHERE draft_key = 'case:' || OLD.id;
        END""",
    # A removed user's drafts go with their key slot.
    """CREATE TRIGGER drafts_of_a_removed_user AFTER DELETE ON users BEGIN
        DELETE FROM drafts WHERE user = OLD.name;
        END""",
))

REFUSALS = Migration(11, "refused changes taken back, kept with their reason", (
    # What each outbox change replaced, per field: [[hlc, author, value], ...] (the heads it
    # named as bases). NULL on rows written before this version: their values are unknown,
    # so a refusal of one cannot be taken back (storage/refusals.py).
    "ALTER TABLE outbox ADD COLUMN previous TEXT",
    # Changes the server refused, with its reason, replacing the quarantine: kept (encrypted)
    # until a person tries again or drops them, never retried automatically. ``taken_back``:
    # whether the device stopped showing the refused values when the refusal came.
    """CREATE TABLE refusals (
        change_id TEXT PRIMARY KEY, case_id TEXT NOT NULL, record_id TEXT NOT NULL,
        kind TEXT NOT NULL, op TEXT NOT NULL, fields TEXT NOT NULL, base TEXT NOT NULL,
        supersedes TEXT NOT NULL, previous TEXT, hlc TEXT NOT NULL, author TEXT NOT NULL,
        reason TEXT NOT NULL, refused_at TEXT NOT NULL,
        taken_back INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID""",
    "CREATE INDEX refusals_by_case ON refusals (case_id)",
    """INSERT INTO refusals (change_id, case_id, record_id, kind, op, fields, base,
           supersedes, previous, hlc, author, reason, refused_at, taken_back)
       SELECT change_id, case_id, record_id, kind, op, fields, base, supersedes, NULL, hlc,
           author, reason, quarantined_at, 0 FROM quarantine""",
    "DROP TABLE quarantine",
))

USER_SESSIONS = Migration(12, "a server session per local user", (
    # A shared laptop: each local user who signed in to the server holds a session of their
    # own, and their changes are pushed under it (docs/sync.md, "Shared laptops"). The
    # sync_state session stays the laptop's, for what belongs to no one person (a pull).
    """CREATE TABLE user_sessions (
        user_name TEXT PRIMARY KEY,
        token TEXT NOT NULL,
        expires_at TEXT NOT NULL) WITHOUT ROWID""",
    # A laptop enrolled before: its session is the enrolling user's. Everyone else's changes
    # wait in the outbox until they sign in.
    """INSERT INTO user_sessions (user_name, token, expires_at)
        SELECT who.value, token.value, expiry.value
        FROM sync_state who, sync_state token, sync_state expiry
        WHERE who.key = 'enrolled_by' AND token.key = 'session_token'
          AND expiry.key = 'session_expires_at'""",
))

SCAN_QUEUED_BY_WRITERS = Migration(13, "attachment scans queued by the case inserts", (
    # The insert trigger ran once per row (the text search of a 6 kB document included): a
    # new laptop's first sync inserts thousands of cases in a few statements, and the trigger
    # was about half of their insert cost. Each insert into ``cases`` now queues the scan
    # itself, by the same test on the same text (``cases.queue_attachment_scans``); the
    # update and delete triggers stay, and the rows queued so far stay queued.
    "DROP TRIGGER attachment_scan_on_insert",
))

# Versions need not be consecutive: each is applied once, in order of its number.
MIGRATIONS: tuple[Migration, ...] = (CORE, SEARCH, AUDIT, OUTBOX_BASE, SYNC_STATE,
                                     STATUS_INDEXES, ATTACHMENTS, LIST_ORDERS, DRAFTS, REFUSALS,
                                     USER_SESSIONS, SCAN_QUEUED_BY_WRITERS)
LATEST_VERSION = MIGRATIONS[-1].version


def current_version(raw: Any) -> int:
    exists = raw.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if exists is None:
        return 0
    row = raw.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(raw: Any, *, migrations: Sequence[Migration] = MIGRATIONS,
            now: Callable[[], str], between_statements: Callable[[], None] | None = None) -> int:
    """Bring the store up to the newest version; returns the version reached.

    ``between_statements`` is a test hook (the crash test kills the process there).
    """
    raw.execute("""CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)""")
    version = current_version(raw)
    newest = migrations[-1].version if migrations else 0
    if version > newest:
        raise MigrationError(
            f"this store was written by a newer FieldCase (schema {version}, this app knows "
            f"{newest}); update the app before opening it")
    for migration in migrations:
        if migration.version <= version:
            continue
        raw.execute("BEGIN IMMEDIATE")
        try:
            for statement in migration.statements:
                raw.execute(statement)
                if between_statements is not None:
                    between_statements()
            raw.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, now()))
            raw.execute("COMMIT")
        except BaseException:
            raw.execute("ROLLBACK")
            raise
        version = migration.version
    return version
