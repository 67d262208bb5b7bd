"""Attachments: the case's files (photos, scans, consent forms), added and viewed in the app.

**Adding is immediate**, not part of the page's Save: a file is encrypted into the profile the
moment it is added (``services.attachments.add_attachment`` through ``runner.mutate``, so the
file is read into memory on the worker, never on the GUI thread), and the tab says so. The
person chooses the kind first (a document scan is confidential, so the kind is never guessed)
and may give a label; then "Add a file…" or a file dropped anywhere on the tab. A refusal
(no kind, a file too large, a program) is shown beside its field in words (binder).

**Viewing needs a person's action** (Enter or a double-click on a row): the bytes are opened
on the worker (checked and audited as ``attachment.view``) and shown from memory by
``AttachmentViewer``. A file a sync has not fetched yet says so in its row, and Enter says
when it will come, without asking the store.

Each row: the label, the kind in words, the type in words, the size in words, and whether the
file is on this laptop (``services.attachments.file_states``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldcase.domain.errors import ValidationError
from fieldcase.services.attachments import (
    AttachmentInfo,
    add_attachment,
    file_states,
    open_attachment,
)
from fieldcase.services.changes import Changes
from fieldcase.ui.case_page.section import SectionContext
from fieldcase.ui.case_sections.attachment_viewer import AttachmentViewer
from fieldcase.ui.case_sections.base import SectionBase
from fieldcase.ui.case_sections.common import (
    NOTICE_STYLE,
    add_row,
    choice_combo,
    isolate,
    notice_label,
    record_tree,
)
from fieldcase.ui.forms.fields import Field
from fieldcase.ui.i18n import fill
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import choices, code_name
from fieldcase.ui.problems import problem_text, size_words

ChooseFile = Callable[[QWidget], str]  # the chosen path, or "" when cancelled
NEW = "attachment"  # the binder's paths for the file being added
HERE = frozenset({"ready", "pending_upload"})
_ENTRY = re.compile(r"^attachments\[\d+\]\.")
ID_ROLE = Qt.ItemDataRole.UserRole


def choose_attachment_file(parent: QWidget) -> str:
    """Qt's own file dialog (not the desktop's, which may list the file in its "recent
    files"), for the file to add."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, parent.tr("Add a file to the case"), "",
        parent.tr("Photos, scans and documents (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif "
                  "*.tiff *.heic *.pdf);;All files (*)"),
        options=QFileDialog.Option.DontUseNativeDialog)
    return path


class AttachmentsSection(SectionBase):
    KEY = "attachments"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsSection")
        self.setAcceptDrops(True)
        self.choose_file: ChooseFile = choose_attachment_file  # tests give their own
        self.viewer: AttachmentViewer | None = None
        self._states: dict[str, str] = {}
        self._token = 0

        self.immediate = QLabel(self.tr(
            "Files are added to the case at once, encrypted on this laptop: they do not wait "
            "for Save. Select a file and press Enter to view it."), self)
        self.immediate.setWordWrap(True)
        self.immediate.setStyleSheet("color: #333;")
        self.files = record_tree(self, [self.tr("Label"), self.tr("Kind"), self.tr("Type"),
                                        self.tr("Size"), self.tr("On this laptop")],
                                 self.tr("Files"))
        self.files.setObjectName("attachmentList")
        self.files.itemActivated.connect(lambda *_args: self.view_selected())
        self.empty = QLabel(self.tr("No files yet."), self)
        self.message = notice_label(self, NOTICE_STYLE)
        self.message.setObjectName("attachmentMessage")

        box = QGroupBox(self.tr("Add a file"), self)
        form = QFormLayout(box)
        self.kind_box = choice_combo(box, choices("attachment_kind"),
                                     none_text=self.tr("Choose…"))
        self.kind_box.setObjectName("attachmentKind")
        self.label_box = QLineEdit(box)
        self.label_box.setObjectName("attachmentLabel")
        self.label_box.setPlaceholderText(self.tr("What it shows, e.g. consent form, page 1"))
        add_row(form, self.tr("&Kind"), self.kind_box,
                self.binder.bind(f"{NEW}.kind", self.kind_box))
        add_row(form, self.tr("&Label"), self.label_box,
                self.binder.bind(f"{NEW}.label", self.label_box))
        self.add_button = QPushButton(self.tr("&Add a file…"), box)
        self.add_button.setObjectName("addAttachment")
        self.add_button.setAccessibleName(self.tr("Add a file…"))
        self.add_button.clicked.connect(self.choose_and_add)
        self.drop_hint = QLabel(self.tr("or drop a file anywhere on this tab."), box)
        self.drop_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.drop_hint, 1)
        form.addRow("", row)
        file_problem = self.binder.bind(f"{NEW}.file", self.add_button, field=Field(
            lambda: None, lambda _value: None, None))
        form.addRow("", file_problem.problem_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.immediate)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(box)
        self.setTabOrder(self.files, self.kind_box)
        self.setTabOrder(self.kind_box, self.label_box)
        self.setTabOrder(self.label_box, self.add_button)

    def title(self) -> str:
        return self.tr("Attachments")

    # --- the list --------------------------------------------------------------------------
    def show_case(self, document: dict[str, Any], context: SectionContext) -> None:
        super().show_case(document, context)
        case_id = document.get("id")
        if case_id and self.records():
            self._token += 1
            context.runner.submit(lambda session: file_states(session, str(case_id)),
                                  partial(self._states_arrived, self._token))

    def _states_arrived(self, token: int, states: dict[str, str]) -> None:
        if token == self._token:
            self._states = states
            self.fill_lists()

    def fill_lists(self) -> None:
        selected = self.selected_id()
        self.files.clear()
        for entry in self.records():
            item = QTreeWidgetItem([
                isolate(entry.get("label")) or self.tr("(no label)"),
                code_name("attachment_kind", entry.get("kind")),
                self.type_words(str(entry.get("media_type") or "")),
                size_words(entry.get("size") or 0),
                self.place_words(str(entry.get("id")))])
            item.setData(0, ID_ROLE, entry.get("id"))
            self.files.addTopLevelItem(item)
            if entry.get("id") == selected:
                self.files.setCurrentItem(item)
        self.empty.setVisible(not self.records())

    def type_words(self, media_type: str) -> str:
        """The file's type as a person names it."""
        main, _, sub = media_type.partition("/")
        sub = sub.split("+")[0].removeprefix("x-").upper()
        if media_type == "application/pdf":
            return self.tr("PDF document")
        if main == "image":
            return fill(self.tr("Image (%1)"), sub)
        if main == "text":
            return self.tr("Text")
        if main == "audio":
            return fill(self.tr("Sound (%1)"), sub)
        if main == "video":
            return fill(self.tr("Video (%1)"), sub)
        return self.tr("Other file")

    def place_words(self, attachment_id: str) -> str:
        state = self._states.get(attachment_id)
        if state == "ready":
            return self.tr("Yes")
        if state == "pending_upload":
            return self.tr("Yes, not sent yet")
        return self.tr("Not yet: the next sync fetches it")

    def selected_id(self) -> str | None:
        item = self.files.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return str(value) if value else None

    # --- viewing -----------------------------------------------------------------------------
    def view_selected(self) -> None:
        """Open the selected file (Enter or a double-click): checked, audited, from memory."""
        attachment_id = self.selected_id()
        entry = next((e for e in self.records() if e.get("id") == attachment_id), None)
        if attachment_id is None or entry is None or self.context is None:
            return
        if self._states.get(attachment_id) not in HERE:
            self._say(self.tr("This file is not on this laptop yet. It comes with the next "
                              "sync, once there is a connection."))
            return
        self._say(self.tr("Opening the file…"))
        self._token += 1
        self.context.runner.submit(lambda session: open_attachment(session, attachment_id),
                                   partial(self._opened, self._token, entry),
                                   partial(self._not_opened, self._token))

    def _opened(self, token: int, entry: dict[str, Any], data: bytes) -> None:
        if token != self._token:
            return
        self._say("")
        heading = " · ".join(part for part in (
            isolate(entry.get("label")), code_name("attachment_kind", entry.get("kind")),
            self.type_words(str(entry.get("media_type") or "")),
            size_words(entry.get("size") or 0)) if part)
        if self.viewer is not None:
            self.viewer.close()
        self.viewer = AttachmentViewer(data, str(entry.get("media_type") or ""), heading,
                                       self)
        self.viewer.destroyed.connect(self._viewer_closed)
        self.viewer.open()

    def _viewer_closed(self) -> None:
        self.viewer = None

    def _not_opened(self, token: int, error: OperationError) -> None:
        if token != self._token:
            return
        if error.kind == "attachment":
            self._say(self.tr("This file cannot be read on this laptop: it is damaged, or not "
                              "fully here yet. Sync, then try again; tell your administrator "
                              "if it stays so."))
        else:
            self._say(error.message)

    # --- adding ------------------------------------------------------------------------------
    def choose_and_add(self) -> None:
        """"Add a file…": the person picks one file; it is added at once."""
        chosen = self.choose_file(self)
        if chosen:
            self.add_file(Path(chosen))

    def add_file(self, path: Path) -> None:
        """Encrypt the file into the case on the worker, with the kind and label chosen."""
        case_id = self.document.get("id")
        if not case_id or self.context is None:
            return
        kind = str(self.kind_box.currentData() or "")
        label = self.label_box.text().strip() or None
        self.binder.clear_problems()
        self._say(self.tr("Adding the file…"))

        def add(session: Any) -> AttachmentInfo:
            attachment_id = add_attachment(session, str(case_id), path, kind, label)
            return AttachmentInfo(attachment_id, str(case_id),
                                  Changes(frozenset({str(case_id)}), frozenset({"attachment"})))
        self.context.runner.mutate(add, self._added, self._refused)

    def _added(self, _info: AttachmentInfo) -> None:
        self._say(self.tr("Added, encrypted on this laptop. It goes to the server with the "
                          "next sync."))
        with self.filling():
            self.reset_editor()

    def _refused(self, error: OperationError) -> None:
        problems = [_as_new(problem) for problem in error.problems]
        unplaced = self.binder.show_problems(problems)
        if not problems:
            self._say(error.message)
        elif unplaced:
            self._say(" ".join(problem_text(p) for p in unplaced))
        else:
            self._say(self.tr("Not added."))

    def reset_editor(self) -> None:
        self.kind_box.setCurrentIndex(0)
        self.label_box.clear()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    # --- dropping a file ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event)
        if not paths:
            return
        event.acceptProposedAction()
        for path in paths:
            self.add_file(path)

    # --- the contract: nothing waits for Save ------------------------------------------------
    def changes(self) -> dict[str, Any]:
        return {}

    def draft(self) -> dict[str, Any]:
        return {}

    def restore_draft(self, state: dict[str, Any]) -> None:
        """Nothing to restore: a file is added at once or not at all."""


def _local_files(event: QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _as_new(problem: ValidationError) -> ValidationError:
    """A problem of the entry being added (``attachments[3].size``), at the editor's path:
    its size and type are the file's, its kind and label the boxes'."""
    if not _ENTRY.match(problem.path):
        return problem
    field = _ENTRY.sub("", problem.path)
    where = f"{NEW}.{field}" if field in ("kind", "label") else f"{NEW}.file"
    return ValidationError(where, problem.rule, problem.message, problem.params)
