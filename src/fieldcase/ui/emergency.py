"""The main window's emergency actions: Prepare for travel…, Duress and quick wipe…, Quick
wipe… (declared in ``ui.actions``), kept out of the window itself.

After travel mode the session is already closed (the store it held is gone): ``travel_done``
asks the window to lock without keeping drafts. After a quick wipe the profile is gone:
``wiped`` sends the app back to its first-run screen, saying nothing about why (someone may be
watching the screen). ``quick_wipe_on`` tells the window whether to offer Quick wipe. When the
organisation requires a duress passphrase the person has not set, the dialog opens once a
session, after the window's first status read.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldcase.services import protections
from fieldcase.ui.dialogs.protections_dialog import ProtectionsDialog
from fieldcase.ui.dialogs.travel_dialog import TravelDialog
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner


class EmergencyDesk(QObject):
    travel_done = Signal()
    wiped = Signal(object)  # OperationError("erased", ""): back to first run, no words
    quick_wipe_on = Signal(bool)

    def __init__(self, runner: Runner, window: QWidget) -> None:
        super().__init__(window)
        self._runner = runner
        self._window = window
        self.travel_dialog: TravelDialog | None = None
        self.protections_dialog: ProtectionsDialog | None = None
        self.confirm: QMessageBox | None = None
        self._reminded = False

    def read_state(self) -> None:
        self._runner.submit(protections.status, self._state, lambda _error: None)

    def _state(self, state: protections.Protections) -> None:
        """Follow the quick wipe's state; and once a session, when the organisation requires
        a duress passphrase this person has not set, open the dialog that sets it (work goes
        on either way)."""
        self.quick_wipe_on.emit(state.quick_wipe_on)
        if state.duress_missing and not self._reminded and self.protections_dialog is None:
            self._reminded = True
            self.show_protections()

    def show_travel(self) -> None:
        self._close(self.travel_dialog)
        self.travel_dialog = TravelDialog(self._runner, parent=self._window)
        self.travel_dialog.prepared.connect(self.travel_done)
        self.travel_dialog.show()

    def show_protections(self) -> None:
        self._close(self.protections_dialog)
        self.protections_dialog = ProtectionsDialog(self._runner, parent=self._window)
        self.protections_dialog.changed.connect(self._state)
        self.protections_dialog.show()

    def ask_quick_wipe(self) -> None:
        """One confirmation, No the default (Enter must not wipe), then the erase."""
        self._close(self.confirm)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("FieldCase — quick wipe"),
                          self.tr("Erase everything on this laptop now? Cases, attachments and "
                                  "keys are destroyed at once; what was not synced is lost."),
                          QMessageBox.StandardButton.NoButton, self._window)
        box.setObjectName("quickWipeConfirm")
        wipe = box.addButton(self.tr("Erase now"), QMessageBox.ButtonRole.DestructiveRole)
        wipe.setObjectName("quickWipeNow")
        keep = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.confirm = box
        box.buttonClicked.connect(lambda button: self._wipe() if button is wipe else None)
        box.open()

    def _wipe(self) -> None:
        self._runner.mutate(protections.quick_wipe,
                            lambda _r: self.wiped.emit(OperationError("erased", "")),
                            self._not_wiped)

    def _not_wiped(self, error: OperationError) -> None:
        QMessageBox.warning(self._window, self.tr("FieldCase — quick wipe"), error.message)

    def close(self) -> None:
        for dialog in (self.travel_dialog, self.protections_dialog, self.confirm):
            self._close(dialog)
        self.travel_dialog = self.protections_dialog = self.confirm = None

    @staticmethod
    def _close(dialog: QWidget | None) -> None:
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
