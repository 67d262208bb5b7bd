"""Demo data: synthetic, fictional cases for ``fieldcase --demo`` and ``demo-data --cases N``.

Every person in them is made up by ``fieldcase.synthetic`` from a seed. The documents go
through the same validation as a worker's, in batches of one transaction each.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import islice
from pathlib import Path

from fieldcase.domain.document import assign_ids, parse_case_document
from fieldcase.services import profile
from fieldcase.services.screening import apply_screening
from fieldcase.services.session import Session
from fieldcase.storage import cases
from fieldcase.storage.keys import KdfParams
from fieldcase.synthetic import generate_cases

BATCH = 500
DEMO_USER = "demo.supervisor"
DEMO_TEAM = "demo"
DEMO_SITE = "LAMP-01"


def add_demo_cases(session: Session, *, count: int, seed: int,
                   progress: Callable[[int], None] | None = None) -> int:
    """Add ``count`` synthetic cases; returns how many were added."""
    today = session.today()
    documents = generate_cases(count, seed=seed, today=today)
    added = 0
    while batch := list(islice(documents, BATCH)):
        with session.store.atomic():
            for document in batch:
                doc = parse_case_document(document, today=today)
                doc = apply_screening(assign_ids(doc, session.new_id), today=today)
                cases.insert_case(session.store, doc.to_json(), author=session.actor.user)
            session.store.audit(session.actor.user, "demo.add", details={"cases": len(batch)})
        added += len(batch)
        if progress is not None:
            progress(added)
    return added


def open_demo_profile(folder: Path, *, count: int = 300, seed: int = 1,
                      kdf: KdfParams | None = None,
                      now: Callable[[], datetime] | None = None) -> Session:
    """A throwaway profile in ``folder`` with a random passphrase nobody needs to know."""
    passphrase = profile.suggest_passphrase()
    profile.create_profile(folder, user=DEMO_USER, passphrase=passphrase, role="supervisor",
                           team=DEMO_TEAM, site=DEMO_SITE, kdf=kdf, now=now)
    session = profile.unlock(folder, user=DEMO_USER, passphrase=passphrase, kdf=kdf, now=now)
    del passphrase
    try:
        add_demo_cases(session, count=count, seed=seed)
    except BaseException:
        session.close()
        raise
    return session
