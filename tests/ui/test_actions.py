"""Actions declared once: a registry makes them, the menus list them, the rules enable them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu
from pytestqt.qtbot import QtBot

from fieldcase.ui.actions import ACTIONS, SPECS, ActionRegistry, ActionState, Menu
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner

WAIT = 20_000


def keys(name: str) -> str:
    return QKeySequence(SPECS[name].shortcut).toString()  # type: ignore[arg-type]


def test_every_action_is_declared_once_with_words() -> None:
    names = [spec.name for spec in ACTIONS]
    assert len(names) == len(set(names))
    assert all(spec.text and spec.tip for spec in ACTIONS)
    shortcuts = [keys(spec.name) for spec in ACTIONS if spec.shortcut is not None]
    assert len(shortcuts) == len(set(shortcuts))


def test_the_issues_shortcuts() -> None:
    assert {name: keys(name) for name in ("search", "newPerson", "save", "sync", "lock")} == {
        "search": "Ctrl+F", "newPerson": "Ctrl+N", "save": "Ctrl+S", "sync": "F5",
        "lock": "Ctrl+L"}


@pytest.fixture
def host(qtbot: QtBot) -> Iterator[QMainWindow]:
    window = QMainWindow()
    qtbot.addWidget(window)
    yield window


def menu_entries(window: QMainWindow) -> dict[str, list[str]]:
    return {action.menu().objectName(): [a.objectName() for a in action.menu().actions()
                                         if not a.isSeparator()]
            for action in window.menuBar().actions() if isinstance(action.menu(), QMenu)}


def test_only_actions_with_a_handler_exist_and_reach_the_menus(host: QMainWindow) -> None:
    calls: list[str] = []
    registry = ActionRegistry(host, {"lock": lambda: calls.append("lock"),
                                     "about": lambda: calls.append("about")})
    registry.fill_menus(host.menuBar())
    assert registry.names == ["lock", "about"]
    assert "newPerson" not in registry  # declared, but its screen has not landed
    assert menu_entries(host) == {"fileMenu": ["lockAction"], "helpMenu": ["aboutAction"]}
    registry["lock"].trigger()
    assert calls == ["lock"]
    assert registry["lock"].toolTip() == "Lock FieldCase now (Ctrl+L)"


def test_a_handler_for_an_undeclared_action_is_refused(host: QMainWindow) -> None:
    with pytest.raises(KeyError, match="undeclared"):
        ActionRegistry(host, {"launchRockets": lambda: None})


def test_the_state_enables_and_labels_the_actions(host: QMainWindow) -> None:
    registry = ActionRegistry(host, {name: lambda: None for name in SPECS})
    registry.update(ActionState(working=True, enrolled=True, conflicts=2))
    assert registry["sync"].isEnabled() and registry["conflicts"].isEnabled()
    assert registry["conflicts"].text() == "&Conflicts (2)"
    assert not registry["refused"].isEnabled() and registry["refused"].text() == \
        "&Refused changes"
    registry.update(ActionState(working=True, enrolled=True, refused=1))
    assert registry["refused"].isEnabled()
    assert registry["refused"].text() == "&Refused changes (1)"
    assert not registry["save"].isEnabled()  # no case open
    registry.update(ActionState(working=False, enrolled=True, syncing=True, lease_expired=True))
    assert not registry["sync"].isEnabled() and registry["sync"].text() == "Syncing…"
    assert not registry["search"].isEnabled() and not registry["conflicts"].isEnabled()
    assert registry["lock"].isEnabled() and registry["quit"].isEnabled()


def test_the_main_window_lists_every_action_it_handles_in_its_menus(
        qtbot: QtBot, runner: OperationRunner, opener: object) -> None:
    runner.open_session(opener)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: runner.actor is not None, timeout=WAIT)
    assert runner.actor is not None
    window = MainWindow(runner, runner.actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    listed = [name for names in menu_entries(window).values() for name in names]
    assert sorted(listed) == sorted(f"{name}Action" for name in window.registry.names)
    assert list(menu_entries(window)) == ["fileMenu", "caseMenu", "syncMenu", "languageMenu",
                                          "helpMenu"]
    assert set(window.registry.names) == {"lock", "quit", "search", "sync", "conflicts",
                                          "refused", "signIn", "about", "due", "enrol",
                                          "newPerson", "changePassphrase", "save", "print",
                                          "printSummary",
                                          "reviewQueue", "dashboard", "approve", "returnCase",
                                          "assign", "auditLog", "retention", "languageEn",
                                          "languageFr", "languageEs", "languageAr", "languageTi",
                                          "languageAm",
                                          "travel",
                                          "protections", "quickWipe", "eraseCase",
                                          "acceptTransfer", "declineTransfer",
                                          "proposeTransfer", "escalate", "clearEscalation"}
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == [Menu.FILE.value, Menu.CASE.value, Menu.SYNC.value, Menu.LANGUAGE.value,
                      Menu.HELP.value]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_bar.search_box.hasFocus()
    with qtbot.waitSignal(window.lock_requested, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    window.idle_watch.stop()


def test_each_menu_gives_each_entry_its_own_letter() -> None:
    """Alt and a letter reach one entry only: two entries on one letter cost a keystroke and a
    surprise."""
    import re
    for menu in Menu:
        letters = [re.search(r"&(\w)", spec.text) for spec in ACTIONS if spec.menu is menu]
        taken = [found.group(1).lower() for found in letters if found]
        assert len(taken) == len(set(taken)), (menu, sorted(taken))
