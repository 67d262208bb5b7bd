"""Registering a person, by keyboard, over a real encrypted profile: Ctrl+N, a search that
found no one carried into the form by Enter, possible duplicates across scripts shown with
their reasons in words before anything is saved, "same person" opening that case and creating
nothing, "different person" going on to save, consent recorded in the created case, the case
assigned to the worker, problems beside their fields, the Tab order, and right to left."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldcase.services import cases
from fieldcase.services.demo import DEMO_SITE
from fieldcase.services.session import Session
from fieldcase.ui.i18n import install_language
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.register.match_panel import MatchCard
from fieldcase.ui.register.register_dialog import RegisterDialog
from fieldcase.ui.register.seed import seed_from_search

from .conftest import USER

WAIT = 20_000
UNIQUE = "Qorvanex Tilbeh"


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]
           ) -> Iterator[MainWindow]:
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    shown = MainWindow(runner, runner.actor)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() > 0 and not runner.busy, timeout=WAIT)
    shown.activateWindow()
    yield shown
    shown.close()


def call(qtbot: QtBot, runner: OperationRunner, fn: Callable[[Session], Any]) -> Any:
    found: list[Any] = []
    runner.mutate(fn, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT)
    return found[0]


def stored_in_arabic(qtbot: QtBot, runner: OperationRunner) -> cases.CaseSaved:
    """Mohamed Hussein, as another site wrote him: in Arabic script."""
    return call(qtbot, runner, lambda session: cases.create_case(session, {
        "person": {"given_name": "محمد", "family_name": "حسين", "sex": "male",
                   "date_of_birth": "1994-03-17", "nationality": "SDN"},
        "case": {"site": DEMO_SITE, "stage": "transit"}}))


def case_count(qtbot: QtBot, runner: OperationRunner) -> int:
    return int(call(qtbot, runner, lambda session: session.store.raw.execute(
        "SELECT count(*) FROM cases").fetchone()[0]))


def opened_by_ctrl_n(qtbot: QtBot, window: MainWindow) -> RegisterDialog:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.register_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.given_box.hasFocus() or QApplication.focusWidget()
                    is dialog.given_box, timeout=WAIT)
    return dialog


def type_mohamed(qtbot: QtBot, dialog: RegisterDialog) -> None:
    """The minimum, typed as a worker would: Tab from field to field."""
    qtbot.keyClicks(dialog.given_box, "Mohamed")
    qtbot.keyClick(dialog.given_box, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.family_box, "Hussein")
    qtbot.keyClick(dialog.family_box, Qt.Key.Key_Tab)
    assert dialog.sex_box.hasFocus()
    qtbot.keyClicks(dialog.sex_box, "M")  # a closed combo box picks by its first letter
    assert dialog.sex_box.currentData() == "male"
    qtbot.keyClick(dialog.sex_box, Qt.Key.Key_Tab)
    assert dialog.birth_box.hasFocus()
    qtbot.keyClicks(dialog.birth_box, "1994-03-17")
    qtbot.keyClick(dialog.birth_box, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.age_box, Qt.Key.Key_Tab)  # a date of birth: no estimate
    assert dialog.nationality_box.hasFocus()
    line = dialog.nationality_box.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Sudan")
    assert dialog.nationality_box.code() == "SDN"


def card_for(qtbot: QtBot, dialog: RegisterDialog, case_number: str) -> MatchCard:
    """The card of the last check, once no other check is due or running and the cards are
    shown: a layout shows a widget added to a visible parent only on the next event-loop pass,
    and until then Tab passes over its buttons."""
    qtbot.waitUntil(lambda: not dialog._timer.isActive() and not dialog._runner.busy
                    and any(c.match.case_number == case_number
                            for c in dialog.matches.cards)
                    and all(c.isVisible() for c in dialog.matches.cards), timeout=WAIT)
    return next(c for c in dialog.matches.cards if c.match.case_number == case_number)


def press(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_Space)


def test_ctrl_n_opens_the_form_at_the_given_name(qtbot: QtBot, window: MainWindow) -> None:
    action = window.registry["newPerson"]
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+N"
    dialog = opened_by_ctrl_n(qtbot, window)
    assert dialog.windowTitle() == "FieldCase — register a new person"
    assert dialog.given_box.text() == "" and dialog.site_value.text() == DEMO_SITE
    assert dialog.stage_box.currentData() == "transit"
    assert not dialog.phone_box.isEnabled()  # beyond the minimum: consent first


def test_a_search_that_found_no_one_registers_what_was_typed_with_enter(
        qtbot: QtBot, window: MainWindow) -> None:
    box = window.search_bar.search_box
    box.setFocus()
    qtbot.keyClicks(box, UNIQUE)
    with qtbot.waitSignal(window.model.listed, timeout=WAIT):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.case_list.empty_label.isVisible(), timeout=WAIT)
    assert "Register “Qorvanex Tilbeh” as a new person" in window.case_list.empty_label.text()
    assert window.register_dialog is None
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the one key
    dialog = window.register_dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.given_box.text(), dialog.family_box.text()) == ("Qorvanex", "Tilbeh")
    asked: list[bool] = []
    dialog.confirm_discard = lambda _parent: asked.append(True) or False
    qtbot.keyClick(dialog.given_box, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()  # Esc asks first: the typing is kept
    dialog.confirm_discard = lambda _parent: True
    qtbot.keyClick(dialog.given_box, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N the same
    assert window.register_dialog is not None
    assert window.register_dialog.given_box.text() == "Qorvanex"


def test_what_a_search_carries() -> None:
    assert seed_from_search("  Amanuel  Tesfay Gebre ") == {
        "given_name": "Amanuel", "family_name": "Tesfay Gebre"}
    assert seed_from_search("محمد") == {"given_name": "محمد"}
    assert seed_from_search("+251 911 234 567") == {"contact": {"phone": "+251 911 234 567"}}
    assert seed_from_search("P1234567") == {"documents": [{"number": "P1234567"}]}
    assert seed_from_search("FC-LAMP-000123") == {}


def test_a_name_in_another_script_is_shown_with_reasons_and_same_person_opens_it(
        qtbot: QtBot, runner: OperationRunner, window: MainWindow) -> None:
    stored = stored_in_arabic(qtbot, runner)
    before = case_count(qtbot, runner)
    dialog = opened_by_ctrl_n(qtbot, window)
    type_mohamed(qtbot, dialog)
    card = card_for(qtbot, dialog, stored.case_number)  # shown before any save
    reasons = card.reasons_label.text()
    assert "Same name in another script" in reasons and "محمد حسين" in reasons
    assert "Same date of birth" in reasons and "Same nationality (Sudan)" in reasons
    texts = [re.sub("[\u200e\u200f\u2068\u2069]", "", label.text())
             for label in card.findChildren(type(card.reasons_label))]
    assert "1994-03-17" in texts and "Sudan" in texts and "This registration" in texts
    assert card.same_button.text() == f"Same person: open {stored.case_number}"
    assert card.same_button.accessibleName() == card.same_button.text()
    with qtbot.waitSignal(dialog.open_requested, timeout=WAIT) as opened:
        press(qtbot, card.same_button)
    assert opened.args == [stored.case_id]
    assert not dialog.isVisible() and not dialog.has_unsaved()  # no draft left behind
    qtbot.waitUntil(lambda: window.detail.shown is not None, timeout=WAIT)
    assert window.detail.case_id == stored.case_id
    assert case_count(qtbot, runner) == before  # nothing was created


def test_different_person_continues_and_saves_with_consent_assigned_to_the_worker(
        qtbot: QtBot, runner: OperationRunner, window: MainWindow) -> None:
    stored = stored_in_arabic(qtbot, runner)
    before = case_count(qtbot, runner)
    dialog = opened_by_ctrl_n(qtbot, window)
    type_mohamed(qtbot, dialog)
    card_for(qtbot, dialog, stored.case_number)
    # Register before deciding: nothing is saved, focus goes to the first match.
    qtbot.keyClick(dialog.family_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message_label.isVisible(), timeout=WAIT)
    assert "decide for each" in dialog.message_label.text()
    assert dialog.matches.cards[0].same_button.hasFocus()
    assert case_count(qtbot, runner) == before
    while dialog.matches.cards:  # demo cases may hold more Mohameds: decide each
        press(qtbot, dialog.matches.cards[0].different_button)
    assert stored.case_number in dialog.matches.decided_label.text()
    assert "marked as a different person: you can register" in \
        dialog.matches.status_label.text()
    press(qtbot, dialog.consent.boxes[next(iter(dialog.consent.boxes))])
    assert dialog.consent.registration_given and dialog.phone_box.isEnabled()
    qtbot.keyClicks(dialog.phone_box, "+249 912 345 678")
    with qtbot.waitSignal(dialog.registered, timeout=WAIT) as saved:
        qtbot.keyClick(dialog.phone_box, Qt.Key.Key_Return)
    case_id = saved.args[0]
    assert case_id != stored.case_id and not dialog.isVisible()
    assert not dialog.has_unsaved() and dialog.given_box.text() == ""
    qtbot.waitUntil(lambda: window.detail.case_id == case_id
                    and window.detail.shown is not None, timeout=WAIT)  # the new case opens
    document = call(qtbot, runner, lambda s: cases.show_case(s, case_id).document)
    assert document["case"]["assigned_to"] == USER
    assert document["person"]["contact"]["phone"] == "+249 912 345 678"
    assert [(c["purpose"], c["given_by"], c["form"]) for c in document["consents"]] == [
        ("registration", "self", "verbal")]
    assert document["consents"][0]["given_on"] == document["case"]["opened_on"]
    assert case_count(qtbot, runner) == before + 1


def test_without_consent_nothing_beyond_the_minimum_is_saved(
        qtbot: QtBot, runner: OperationRunner, window: MainWindow) -> None:
    dialog = RegisterDialog(runner, window.actor, seed=seed_from_search("0911 234 567"),
                            parent=window)
    dialog.show()
    assert dialog.phone_box.text() == "0911 234 567" and not dialog.phone_box.isEnabled()
    qtbot.keyClicks(dialog.given_box, UNIQUE)
    dialog.sex_box.setCurrentIndex(dialog.sex_box.findData("female"))
    dialog.age_box.setValue(30)
    dialog.nationality_box.set_code("ERI")
    assert "contact" not in dialog.document()["person"]
    with qtbot.waitSignal(dialog.registered, timeout=WAIT) as saved:
        dialog.submit()
    document = call(qtbot, runner, lambda s: cases.show_case(s, saved.args[0]).document)
    assert document["person"]["contact"].get("phone") is None and document["consents"] == []


def test_problems_are_shown_beside_their_fields(
        qtbot: QtBot, runner: OperationRunner, window: MainWindow) -> None:
    dialog = opened_by_ctrl_n(qtbot, window)
    before = case_count(qtbot, runner)
    qtbot.keyClicks(dialog.birth_box, "1994-02-31")
    qtbot.keyClick(dialog.birth_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.binder.problem_paths()), timeout=WAIT)
    paths = dialog.binder.problem_paths()
    assert {"person.given_name", "person.sex", "person.nationality",
            "person.date_of_birth"} <= set(paths)
    assert dialog.given_box.hasFocus()  # the first problem in the form's order
    label = dialog.binder.binding("person.given_name").problem_label
    assert label.isVisible() and label.text() == "⚠ Required."
    assert dialog.given_box.accessibleDescription() == "Required."
    assert case_count(qtbot, runner) == before


def test_keyboard_only_tab_order(qtbot: QtBot, window: MainWindow) -> None:
    dialog = opened_by_ctrl_n(qtbot, window)
    consent = list(dialog.consent.boxes.values())
    expected = [dialog.family_box, dialog.sex_box, dialog.birth_box, dialog.age_box,
                dialog.nationality_box, dialog.stage_box, *consent, dialog.consent.giver_box,
                dialog.consent.form_box]
    walked = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    named = [w.accessibleName() for w in walked]
    assert walked[:4] == expected[:4], named
    assert walked[5:] == expected[5:], named
    assert named[:3] == ["Family name", "Sex", "Date of birth"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the "more" part is skipped
    assert QApplication.focusWidget() not in (dialog.others_box, dialog.phone_box)


def test_the_draft_of_a_registration_comes_back(qtbot: QtBot, runner: OperationRunner,
                                                 window: MainWindow) -> None:
    dialog = opened_by_ctrl_n(qtbot, window)
    assert dialog.draft_key() == "register" and dialog.draft() == {}
    assert not dialog.has_unsaved()
    type_mohamed(qtbot, dialog)
    press(qtbot, dialog.consent.boxes[next(iter(dialog.consent.boxes))])
    qtbot.keyClicks(dialog.phone_box, "0912")
    state = dialog.draft()
    assert dialog.has_unsaved() and state["document"]["person"]["given_name"] == "Mohamed"
    again = RegisterDialog(runner, window.actor, parent=window)
    again.restore_draft(state)
    assert again.draft() == state and again.phone_box.isEnabled()
    assert again.nationality_box.code() == "SDN"


def test_right_to_left_in_arabic(qtbot: QtBot, qapp: QApplication, runner: OperationRunner,
                                 window: MainWindow) -> None:
    stored = stored_in_arabic(qtbot, runner)
    install_language(qapp, "ar")
    try:
        dialog = RegisterDialog(runner, window.actor, seed={
            "given_name": "Mohamed", "family_name": "Hussein", "date_of_birth": "1994-03-17",
            "nationality": "SDN", "sex": "male"},
                                parent=window)
        dialog.show()
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        card = card_for(qtbot, dialog, stored.case_number)
        assert card.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert "\u2068محمد حسين\u2069" in card.reasons_label.text()  # isolated in the sentence
        assert dialog.nationality_box.findData("SDN") >= 0
        assert dialog.nationality_box.itemText(dialog.nationality_box.findData("SDN")) \
            == "السودان"
    finally:
        install_language(qapp, "en")


def test_every_field_is_named_as_its_label(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox
    dialog = opened_by_ctrl_n(qtbot, window)
    press(qtbot, dialog.consent.boxes[next(iter(dialog.consent.boxes))])  # "more" enabled
    editors = [w for w in dialog.findChildren(QWidget)
               if isinstance(w, (QLineEdit, QComboBox, QSpinBox, QAbstractButton))
               and w.isVisible() and w.isEnabled() and w.parent() is not None
               and not isinstance(w.parent(), (QComboBox, QSpinBox))]
    unnamed = [w.objectName() for w in editors
               if not w.accessibleName() and not isinstance(w, QAbstractButton)]
    assert unnamed == []
    assert dialog.phone_box.accessibleName() == "Phone"
    assert dialog.nationality_box.accessibleName() == "Nationality"


def test_a_match_the_worker_may_not_open_is_only_counted(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    from fieldcase.services.duplicates import RegistrationCheck
    dialog = opened_by_ctrl_n(qtbot, window)
    dialog.matches.show_check(RegistrationCheck((), 1), dialog.entry())
    assert dialog.matches.cards == []
    assert "1 more in a case you cannot open: ask your supervisor." in \
        dialog.matches.status_label.text()


def test_a_reply_to_an_older_check_is_dropped(qtbot: QtBot, runner: OperationRunner,
                                              window: MainWindow) -> None:
    from fieldcase.services.duplicates import check_registration
    stored = stored_in_arabic(qtbot, runner)
    dialog = opened_by_ctrl_n(qtbot, window)
    type_mohamed(qtbot, dialog)
    card_for(qtbot, dialog, stored.case_number)
    old = call(qtbot, runner, lambda s: check_registration(s, {"given_name": "Mohamed",
                                                              "family_name": "Hussein",
                                                              "date_of_birth": "1994-03-17",
                                                              "nationality": "SDN"}))
    dialog.given_box.clear()
    qtbot.keyClicks(dialog.given_box, "Zz")  # typed on: a newer check is due
    dialog.check_now()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    dialog._checked(dialog._check_token - 1, old, False)  # the older reply arrives late
    assert all(c.match.case_number != stored.case_number for c in dialog.matches.cards)


def test_the_matches_come_between_the_form_and_register_in_the_tab_order(
        qtbot: QtBot, runner: OperationRunner, window: MainWindow) -> None:
    stored = stored_in_arabic(qtbot, runner)
    dialog = opened_by_ctrl_n(qtbot, window)
    type_mohamed(qtbot, dialog)
    card = card_for(qtbot, dialog, stored.case_number)
    first = dialog.matches.cards[0]
    dialog.consent.form_box.setFocus(Qt.FocusReason.TabFocusReason)  # last enabled field
    qtbot.keyClick(dialog.consent.form_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first.same_button
    last = dialog.matches.cards[-1].different_button
    last.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.register_button
    assert card in dialog.matches.cards
