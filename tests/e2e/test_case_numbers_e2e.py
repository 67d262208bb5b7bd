"""Case numbers across doors, with a real ``fieldcase-server`` process over real HTTP.

Finding of issue 8: a teammate's forged ``FC-<her prefix>-000777`` synced to her laptop, and
when her counter reached it every ``case create`` of hers failed. Now the server holds each
laptop's prefix from its enrolment and refuses a case numbered in another laptop's sequence;
the forger's laptop quarantines it with the reason, hers never receives it, and her own 777th
case is numbered and syncs as usual.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.e2e.test_two_laptops import (  # noqa: F401  (the server fixture)
    Server,
    case_document,
    laptop,
    server,
)

from fieldcase.services import cases, profile
from fieldcase.services import sync as sync_service
from fieldcase.services.session import Session
from fieldcase.storage import cases as stored_cases
from fieldcase.storage import sync_state
from fieldcase.sync.enrolment import EnrolmentError

from .test_two_laptops import DEVICE_PASSPHRASE, KDF


def prefix_of(session: Session) -> str:
    with session.store.atomic():
        return stored_cases.case_number_prefix(session.store)


def number_like(session: Session, prefix: str, counter: int | None) -> None:
    """What a hostile or tampered laptop does to its own store: number under ``prefix``
    (``counter``: the last number given; None, none given yet)."""
    with session.store.atomic():
        session.store.set_meta("case_number_prefix", prefix)
        if counter is not None:
            session.store.set_meta("case_counter", str(counter))


def test_a_forged_case_number_never_reaches_or_breaks_the_colleague(
        server: Server, tmp_path: Path) -> None:  # noqa: F811
    hers = laptop(tmp_path / "hers", "selam", "supervisor", server)
    forger = laptop(tmp_path / "forger", "amina", "worker", server)
    try:
        her_prefix = prefix_of(hers)
        number_like(forger, her_prefix, 776)
        forged = cases.create_case(forger, case_document())
        assert forged.case_number == f"FC-{her_prefix}-000777"
        report = sync_service.sync_now(forger)
        refused = sync_state.quarantined(forger.store)  # the new case is refused whole
        assert report.quarantined == len(refused) > 1
        assert {r.reason for r in refused} == {"case.case_number.case_number_forged"}
        assert "case" in {r.kind for r in refused}

        sync_service.sync_now(hers)
        assert cases.list_cases(hers, cases.CaseFilter()).rows == ()
        with hers.store.atomic():
            hers.store.set_meta("case_counter", "776")
        own = cases.create_case(hers, case_document())
        assert own.case_number == f"FC-{her_prefix}-000777"
        assert sync_service.sync_now(hers).quarantined == 0
        assert [row.case_number for row in cases.list_cases(hers, cases.CaseFilter()).rows] \
            == [own.case_number]
    finally:
        hers.close()
        forger.close()


def test_a_prefix_another_laptop_holds_is_renewed_or_refused_at_enrolment(
        server: Server, tmp_path: Path) -> None:  # noqa: F811
    first = laptop(tmp_path / "first", "selam", "supervisor", server)
    taken = prefix_of(first)
    first.close()

    fresh_dir = tmp_path / "fresh"
    profile.create_profile(fresh_dir, user="amina", passphrase=DEVICE_PASSPHRASE,
                           role="worker", team="lamp", site="LAMP-01", kdf=KDF)
    fresh = profile.unlock(fresh_dir, user="amina", passphrase=DEVICE_PASSPHRASE, kdf=KDF)
    numbered_dir = tmp_path / "numbered"
    profile.create_profile(numbered_dir, user="amina", passphrase=DEVICE_PASSPHRASE,
                           role="worker", team="lamp", site="LAMP-01", kdf=KDF)
    numbered = profile.unlock(numbered_dir, user="amina", passphrase=DEVICE_PASSPHRASE,
                              kdf=KDF)
    try:
        number_like(fresh, taken, None)
        sync_service.enroll(fresh, server.url, server.enrolment_code("amina"))
        assert prefix_of(fresh) != taken  # it had numbered nothing: a new prefix

        number_like(numbered, taken, 0)
        cases.create_case(numbered, case_document())
        with pytest.raises(EnrolmentError) as refused:
            sync_service.enroll(numbered, server.url, server.enrolment_code("amina"))
        assert refused.value.kind == "case_number_prefix_taken"
        assert sync_state.load_enrolment(numbered.store) is None
    finally:
        fresh.close()
        numbered.close()
