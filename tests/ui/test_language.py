"""The interface language is each person's own: chosen in the Language menu, kept in the store,
followed by the unlock screen (the laptop's last language), overridden by ``--language``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from fieldcase.services import passphrase_words, profile
from fieldcase.services.demo import DEMO_SITE, DEMO_TEAM
from fieldcase.services.language import LAST_LANGUAGE_FILE, last_language
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.actions import NATIVE_NAME_PROPERTY
from fieldcase.ui.controller import AppController
from fieldcase.ui.i18n import current_language, install_language
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.setup_dialog import SetupDialog, profile_creator
from fieldcase.ui.unlock_dialog import UnlockDialog

WAIT = 10_000
ARABIC = re.compile("[\u0600-\u06ff]")
AMINA, DAWIT = "amina", "dawit"
PASSPHRASES = {AMINA: "copper lantern orchard velvet", DAWIT: "harbour thistle meadow quill"}


@pytest.fixture
def two_users(tmp_path: Path, kdf: KdfParams) -> Path:
    """A profile of two people: Amina (admin) and Dawit (worker)."""
    folder = tmp_path / "profile"
    profile.create_profile(folder, user=AMINA, passphrase=PASSPHRASES[AMINA], role="admin",
                           team=DEMO_TEAM, site=DEMO_SITE, kdf=kdf)
    session = profile.unlock(folder, user=AMINA, passphrase=PASSPHRASES[AMINA], kdf=kdf)
    try:
        profile.add_user(session, name=DAWIT, passphrase=PASSPHRASES[DAWIT], role="worker",
                         team=DEMO_TEAM, site=DEMO_SITE, kdf=kdf)
    finally:
        session.close()
    return folder


@pytest.fixture
def make_controller(qapp: QApplication, runner: OperationRunner, kdf: KdfParams
                    ) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(profile_dir: Path, **options: Any) -> AppController:
        controller = AppController(runner, profile_dir, kdf=kdf, **options)
        made.append(controller)
        controller.start()
        return controller

    yield make
    for controller in made:
        controller.close_all()
    install_language(qapp, "en")


def unlock(qtbot: QtBot, controller: AppController, user: str) -> MainWindow:
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    gate.user_box.setText(user)
    gate.passphrase_box.setText(PASSPHRASES[user])
    gate.submit()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=WAIT)
    assert controller.window is not None
    return controller.window


def choose(qtbot: QtBot, controller: AppController, code: str) -> MainWindow:
    old = controller.window
    assert old is not None
    old.registry[f"language{code.capitalize()}"].trigger()
    qtbot.waitUntil(lambda: controller.window not in (None, old), timeout=WAIT)
    assert controller.window is not None
    return controller.window


def lock(qtbot: QtBot, controller: AppController, runner: OperationRunner) -> UnlockDialog:
    window = controller.window
    assert window is not None
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    with qtbot.waitSignal(runner.session_closed, timeout=WAIT):
        window.registry["lock"].trigger()
    assert isinstance(controller.gate, UnlockDialog)
    return controller.gate


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_choosing_arabic_flips_the_window_and_the_unlock_screen_follows(
        qtbot: QtBot, qapp: QApplication, make_controller: Callable[..., AppController],
        runner: OperationRunner, two_users: Path) -> None:
    install_language(qapp, "en")
    controller = make_controller(two_users)
    english = unlock(qtbot, controller, AMINA)
    assert not english.isRightToLeft() and english.registry["languageEn"].isChecked()
    names = [action.text() for action in english.findChild(QMenu, "languageMenu").actions()]
    # each in its own words
    assert names == ["&English", "&Français", "E&spañol", "العربية", "ትግርኛ", "አማርኛ"]

    arabic = choose(qtbot, controller, "ar")
    assert not english.isVisible()
    assert arabic.isVisible() and arabic.isRightToLeft()
    assert qapp.layoutDirection() is Qt.LayoutDirection.RightToLeft
    titles = menu_titles(arabic)
    assert all(ARABIC.search(title) for title in titles), titles
    assert arabic.registry["languageAr"].isChecked()
    assert not arabic.registry["languageEn"].isChecked()
    assert arabic.registry["languageAr"].property(NATIVE_NAME_PROPERTY)
    assert last_language(two_users) == "ar"

    gate = lock(qtbot, controller, runner)
    assert gate.isVisible() and gate.isRightToLeft()
    assert ARABIC.search(gate.windowTitle()) and ARABIC.search(gate.unlock_button.text())


def test_a_fresh_start_shows_the_unlock_screen_in_the_last_language(
        qtbot: QtBot, qapp: QApplication, make_controller: Callable[..., AppController],
        runner: OperationRunner, two_users: Path) -> None:
    """What the installed app does after a lock: a new process, the profile's last language."""
    install_language(qapp, "en")
    controller = make_controller(two_users)
    unlock(qtbot, controller, AMINA)
    choose(qtbot, controller, "ar")
    lock(qtbot, controller, runner)
    controller.close_all()
    install_language(qapp, "en")  # as a new process starts
    again = make_controller(two_users)
    assert current_language() == "ar"
    assert isinstance(again.gate, UnlockDialog) and again.gate.isRightToLeft()
    assert ARABIC.search(again.gate.unlock_button.text())
    only = (two_users / LAST_LANGUAGE_FILE).read_bytes()
    assert only == b"ar"  # the code and nothing else outside the store
    assert (two_users / LAST_LANGUAGE_FILE).stat().st_mode & 0o077 == 0


def test_another_users_choice_is_theirs(
        qtbot: QtBot, qapp: QApplication, make_controller: Callable[..., AppController],
        runner: OperationRunner, two_users: Path) -> None:
    install_language(qapp, "en")
    controller = make_controller(two_users)
    unlock(qtbot, controller, AMINA)
    choose(qtbot, controller, "ar")
    lock(qtbot, controller, runner)
    dawit = unlock(qtbot, controller, DAWIT)  # never chose: the screen's language stays
    assert dawit.isRightToLeft()
    french = choose(qtbot, controller, "fr")
    assert not french.isRightToLeft() and french.registry["languageFr"].isChecked()
    assert "&Fichier" in menu_titles(french)
    gate = lock(qtbot, controller, runner)
    assert not gate.isRightToLeft() and current_language() == "fr"  # his, the last used
    amina = unlock(qtbot, controller, AMINA)
    assert amina.isRightToLeft() and amina.registry["languageAr"].isChecked()  # hers
    assert last_language(two_users) == "ar"


def test_the_language_option_overrides_every_kept_choice(
        qtbot: QtBot, qapp: QApplication, make_controller: Callable[..., AppController],
        runner: OperationRunner, two_users: Path) -> None:
    install_language(qapp, "en")
    first = make_controller(two_users)
    unlock(qtbot, first, AMINA)
    choose(qtbot, first, "ar")
    lock(qtbot, first, runner)
    first.close_all()
    install_language(qapp, "es")  # run_app installs --language before the controller starts
    controller = make_controller(two_users, language_override="es")
    assert current_language() == "es"
    window = unlock(qtbot, controller, AMINA)
    assert current_language() == "es" and not window.isRightToLeft()
    assert window.registry["languageEs"].isChecked()
    assert last_language(two_users) == "es"  # the language last used, for the next screen


def test_the_language_of_a_first_unlock_is_kept_for_the_next_unlock_screen(
        qtbot: QtBot, qapp: QApplication, make_controller: Callable[..., AppController],
        two_users: Path) -> None:
    """Nobody chose yet: the language the person unlocked in (``LANGUAGE``) is the last one."""
    install_language(qapp, "fr")
    assert last_language(two_users) is None
    controller = make_controller(two_users)
    window = unlock(qtbot, controller, DAWIT)
    assert current_language() == "fr" and window.registry["languageFr"].isChecked()
    assert last_language(two_users) == "fr"


def test_a_registration_typed_before_a_switch_is_offered_in_the_new_language(
        qtbot: QtBot, qapp: QApplication, make_controller: Callable[..., AppController],
        runner: OperationRunner, two_users: Path) -> None:
    install_language(qapp, "en")
    controller = make_controller(two_users)
    window = unlock(qtbot, controller, DAWIT)
    qtbot.waitUntil(lambda: window.working_allowed, timeout=WAIT)
    window.new_person()
    dialog = window.register_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.given_box, "Switchedname")
    arabic = choose(qtbot, controller, "ar")
    qtbot.waitUntil(lambda: arabic.working_allowed, timeout=WAIT)
    arabic.new_person()
    again = arabic.register_dialog
    assert again is not None and again.isRightToLeft()
    qtbot.waitUntil(again.draft_bar.isVisible, timeout=WAIT)
    qtbot.mouseClick(again.draft_bar.action_button, Qt.MouseButton.LeftButton)
    assert again.given_box.text() == "Switchedname"
    again.discard()


def test_the_unlock_screen_offers_its_languages_and_keeps_the_name_typed(
        qtbot: QtBot, qapp: QApplication, make_controller: Callable[..., AppController],
        two_users: Path) -> None:
    install_language(qapp, "en")
    controller = make_controller(two_users)
    gate = controller.gate
    assert isinstance(gate, UnlockDialog)
    box = gate.language_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "English", "Français", "Español", "العربية", "ትግርኛ", "አማርኛ"]
    assert box.accessibleName() == "Language" and box.currentData() == "en"
    gate.user_box.setText(DAWIT)
    box.setCurrentIndex(box.findData("ar"))
    box.activated.emit(box.currentIndex())  # as a person's pick does
    arabic = controller.gate
    assert isinstance(arabic, UnlockDialog) and arabic is not gate
    assert arabic.isVisible() and arabic.isRightToLeft()
    assert ARABIC.search(arabic.unlock_button.text()) and arabic.user_box.text() == DAWIT
    assert arabic.language_box.currentData() == "ar"
    assert last_language(two_users) is None  # nothing kept before an unlock
    window = unlock(qtbot, controller, DAWIT)  # he never chose in the menu: Arabic stays
    assert window.isRightToLeft() and last_language(two_users) == "ar"


def test_an_arabic_interface_suggests_eight_arabic_words(
        qtbot: QtBot, qapp: QApplication, runner: OperationRunner, kdf: KdfParams,
        tmp_path: Path) -> None:
    install_language(qapp, "ar")
    try:
        setup = SetupDialog(runner, profile_creator(tmp_path / "profile", kdf))
        qtbot.addWidget(setup)
        setup.show()
        setup.suggest_button.click()
        suggestion = setup.fields["passphrase"].text()
        words = suggestion.split(" ")
        arabic_list = passphrase_words.word_list("wordlist_ar.txt")
        assert len(words) == 8 and all(word in arabic_list for word in words), suggestion
        assert setup.fields["confirmation"].text() == suggestion
    finally:
        install_language(qapp, "en")
