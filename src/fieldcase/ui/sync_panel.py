"""The sync area of the main window: a status line with progress and Cancel, and notice bars.

- ``SyncStatusArea`` (right of the status bar): "Last sync 2 h ago · 3 changes to send ·
  1 conflict"; while a sync runs, what it is doing, a progress bar and Cancel, and while
  attachment files move, their own line: "Files: 1 of 3 · 2.5 of 7.0 MB" with a bar. A failed
  background sync is said here in a few words ("Not synced: no connection"), because nobody
  asked for it and a pop-up would interrupt an interview.
- ``NoticeBar`` (above the case list): the offline lease (amber when it is running out, red
  once it has expired, with its own "Sign in…" button) and the message of a sync the
  person asked for that failed.

Both only format what ``SyncControls`` and ``SyncStatus`` hold: no service call starts here.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from fieldcase.services.sync import FilesMoved, SyncProgress, SyncStatus
from fieldcase.ui.i18n import QT_TRANSLATE_NOOP, fill, translate
from fieldcase.ui.messages import OperationError
from fieldcase.ui.sync_controls import SyncControls, SyncWords, format_age

LEVEL_STYLES = {
    "info": "background: #e8f1fb; border: 1px solid #8ab4e0; color: #0b3a66;",
    "warn": "background: #fff4d6; border: 1px solid #e0b84c; color: #4a3800;",
    "error": "background: #fde8e8; border: 1px solid #d77; color: #7a0000;",
}
_SHORT_FAILURES = {
    "offline": QT_TRANSLATE_NOOP("SyncWords", "Not synced: no connection"),
    "clock": QT_TRANSLATE_NOOP("SyncWords", "Not synced: this laptop's clock is wrong"),
    "auth": QT_TRANSLATE_NOOP("SyncWords", "Not synced: sign-in refused"),
    "server": QT_TRANSLATE_NOOP("SyncWords", "Not synced: server problem"),
    "protocol": QT_TRANSLATE_NOOP("SyncWords", "Not synced: server problem"),
    "cancelled": QT_TRANSLATE_NOOP("SyncWords", "Not synced: cancelled"),
    "revoked": QT_TRANSLATE_NOOP("SyncWords", "Not synced: device revoked"),
    "sign_in_required": QT_TRANSLATE_NOOP("SyncWords", "Not synced: sign-in needed"),
}
_FAILED = QT_TRANSLATE_NOOP("SyncWords", "Not synced: failed")


def status_text(status: SyncStatus | None, now: datetime | None,
                failure: OperationError | None = None) -> str:
    """The resting status line (no sync running): whole phrases joined by a middle dot."""
    if status is None or now is None:
        return ""
    if not status.enrolled:
        return translate("SyncWords",
                         "Not enrolled with a server: cases stay on this laptop")
    parts = [fill(translate("SyncWords", "Last sync %1"),
                  format_age(status.last_successful_sync, now))]
    if failure is not None:
        parts.insert(0, translate("SyncWords",
                                  _SHORT_FAILURES.get(failure.kind, _FAILED)))
    parts.append(SyncWords.tr("%Ln change(s) to send", None, status.pending_changes))
    for user, count in status.waiting_for_sign_in:  # a shared laptop: shown, never logged
        parts.append(fill(SyncWords.tr("%Ln change(s) wait for %1 to sign in", None, count),
                          user))
    if status.open_conflicts:
        parts.append(SyncWords.tr("%Ln conflict(s)", None, status.open_conflicts))
    if status.quarantined:
        parts.append(SyncWords.tr("%Ln refused by the server", None, status.quarantined))
    return " · ".join(parts)


def progress_text(progress: SyncProgress | None) -> str:
    if progress is None:
        return translate("SyncWords", "Syncing…")
    if progress.phase == "push":
        if progress.outbox:
            return fill(translate("SyncWords", "Sending changes (%1 of %2)…"),
                        progress.pushed, progress.outbox)
        return fill(translate("SyncWords", "Sending changes (%1)…"), progress.pushed)
    if progress.phase == "pull":
        return fill(translate("SyncWords", "Receiving changes (%1)…"), progress.pulled)
    if progress.phase == "retry":
        return fill(translate("SyncWords", "Connection trouble; trying again (attempt "
                              "%1)…"), progress.attempt)
    return translate("SyncWords", "Finishing…")


def format_size(size: int) -> str:
    """Bytes as a person reads them: "640 kB", "2.5 MB"."""
    if size < 1_000_000:
        return fill(translate("SyncStatusArea", "%1 kB"), -(-size // 1000))
    return fill(translate("SyncStatusArea", "%1 MB"), f"{size / 1_000_000:.1f}")


def files_text(moved: FilesMoved) -> str:
    """The attachment line: files dealt with and bytes moved of this round's."""
    return fill(translate("SyncStatusArea", "Files: %1 of %2 · %3 of %4"), moved.files_done,
                moved.files_total, format_size(moved.bytes_done), format_size(moved.bytes_total))


class NoticeBar(QFrame):
    """A coloured line of text with an optional action button and a close button."""

    action_clicked = Signal()

    def __init__(self, name: str, *, action_text: str = "", closable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setObjectName(f"{name}Text")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        self.action_button = QPushButton(action_text, self)
        self.action_button.setVisible(bool(action_text))
        self.action_button.clicked.connect(self.action_clicked)
        layout.addWidget(self.action_button)
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.setVisible(closable)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self.hide()

    def show_notice(self, text: str, level: str) -> None:
        self.label.setText(text)
        self.setStyleSheet(f"#{self.objectName()} {{ {LEVEL_STYLES[level]} }}")
        self.show()


class SyncStatusArea(QWidget):
    """Status line, progress bar and Cancel, bound to one ``SyncControls``."""

    def __init__(self, controls: SyncControls, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        # Said to a screen reader too: the area by name with the status line as its
        # description, each bar by what it measures with the line beside it
        self.setAccessibleName(self.tr("Sync status"))
        self._controls = controls
        self._failure: OperationError | None = None
        self.label = QLabel(self)
        self.label.setObjectName("syncStatusText")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("syncBar")
        self.bar.setAccessibleName(self.tr("Sync progress"))
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(120)
        self.bar.setMaximumHeight(10)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.setToolTip(self.tr("Stop the sync; nothing is lost"))
        self.cancel_button.clicked.connect(self._cancel)
        self.files_label = QLabel(self)  # the attachment files' own progress line
        self.files_label.setObjectName("syncFilesText")
        self.files_bar = QProgressBar(self)
        self.files_bar.setObjectName("syncFilesBar")
        self.files_bar.setAccessibleName(self.tr("Attachment files"))
        self.files_bar.setTextVisible(False)
        self.files_bar.setFixedWidth(80)
        self.files_bar.setMaximumHeight(10)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.files_label)
        layout.addWidget(self.files_bar)
        layout.addWidget(self.cancel_button)
        controls.status_changed.connect(self._on_status)
        controls.running_changed.connect(self._on_running)
        controls.progress_changed.connect(self._on_progress)
        controls.files_progress_changed.connect(self._on_files)
        controls.sync_failed.connect(self._on_failed)
        controls.sync_finished.connect(self._on_finished)
        self._clock = QTimer(self)  # "2 h ago" keeps counting; no I/O, only formatting
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self.refresh)
        self._clock.start()
        self._on_running(False)

    def _say(self, text: str) -> None:
        """The status line, and the same words as the area's and the bar's description."""
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.bar.setAccessibleDescription(text)

    def _cancel(self) -> None:
        self._controls.cancel()
        self.cancel_button.setEnabled(False)
        self._say(self.tr("Cancelling…"))

    def refresh(self) -> None:
        if not self._controls.running:
            self._say(status_text(self._controls.status, self._controls.now_estimate(),
                                  self._failure))

    def _on_status(self, _status: object) -> None:
        self.refresh()

    def _on_running(self, running: bool) -> None:
        self.files_label.hide()  # until files move in this run
        self.files_bar.hide()
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.bar.setRange(0, 0)
            self._say(progress_text(None))
        else:
            self.refresh()

    def _on_progress(self, progress: object) -> None:
        if not isinstance(progress, SyncProgress) or not self._controls.running:
            return
        self._say(progress_text(progress))
        if progress.phase == "push" and progress.outbox:
            self.bar.setRange(0, progress.outbox)
            self.bar.setValue(min(progress.pushed, progress.outbox))
        else:
            self.bar.setRange(0, 0)

    def _on_files(self, moved: object) -> None:
        if not isinstance(moved, FilesMoved) or not self._controls.running \
                or not moved.files_total:
            return
        text = files_text(moved)
        self.files_label.setText(text)
        self.files_label.setToolTip(text)
        self.files_bar.setAccessibleDescription(text)
        self.files_bar.setRange(0, 1000)
        self.files_bar.setValue(1000 * moved.bytes_done // max(1, moved.bytes_total))
        self.files_label.show()
        self.files_bar.show()

    def _on_failed(self, error: object, _asked: bool) -> None:
        self._failure = error if isinstance(error, OperationError) else None
        self.refresh()

    def _on_finished(self, _report: object) -> None:
        self._failure = None
        self.refresh()
