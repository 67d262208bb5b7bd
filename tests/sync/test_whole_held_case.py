"""A case sent whole as its merged state to a device that holds it, with an edit not pushed yet:
the device ends up where merging the case's history would have taken it (``apply_page``
joins the states, ``domain.merge_join``), its own edit kept in the outbox and shown in a
conflict with the colleague's."""

from __future__ import annotations

from fieldcase.domain.merge import apply_batch
from fieldcase.services import cases
from fieldcase.services.session import Session
from fieldcase.storage import merged_cases, sync_state
from fieldcase.sync.engine import apply_page
from fieldcase.sync.protocol import PullResponse, WholeCase

from .fake_server import FakeServer
from .test_engine_pages import devices, document, engine, server

__all__ = ["devices", "server"]  # the fixtures


def test_a_held_case_sent_whole_merges_like_its_history(devices: list[Session],
                                                        server: FakeServer) -> None:
    author, device, _ = devices
    case_id = cases.create_case(author, document("Qorvanex", 1)).case_id
    engine(author, server).run()
    engine(device, server).run()
    cases.update_case(device, case_id, {"person": {"given_name": "Semhar"}})  # not pushed
    cases.update_case(author, case_id, {"person": {"given_name": "Semira"},
                                        "case": {"stage": "destination"}})
    engine(author, server).run()

    before = merged_cases.load_state(device.store, case_id)
    history = [c for c in server.feed if c is not None and c.case_id == case_id]
    expected = apply_batch({case_id: before}, history, seen=()).cases[case_id]
    sent = WholeCase(server.cases[case_id], max(c.stamp for c in history))
    page = PullResponse((), (), (), "p-whole", False, whole=(sent,))
    applied = apply_page(device.store, page)

    assert applied.case_ids == {case_id}
    assert merged_cases.load_state(device.store, case_id) == expected
    assert sync_state.outbox_size(device.store) == 1  # the edit still goes out
    shown = cases.show_case(device, case_id)
    assert shown.document["case"]["stage"] == "destination"
    assert [c.field for c in sync_state.open_conflicts(device.store, case_id)] == ["given_name"]
