"""The Notes tab: the case's notes, newest first, each confidential one marked in words and with
an icon; a new note with a "Confidential" box.

Notes are append-only (``domain.document_merge``): a note once saved is never edited, so the
list is read-only and the box below is the one new note, saved with the case. Confidential
notes the person may not see never reach the screen (the document is redacted), and a person
who may not see them may not write one either: the service refuses it, beside the box.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldcase.ui.case_page.parts import date_words, isolate
from fieldcase.ui.case_page.record_section import NEW, RecordSection
from fieldcase.ui.case_page.section import SectionContext
from fieldcase.ui.case_rows import is_right_to_left
from fieldcase.ui.dialogs.rows import plain
from fieldcase.ui.fonts import lines_height
from fieldcase.ui.i18n import fill


class NotesSection(RecordSection):
    key = "notes"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesSection")
        self.list = QTextBrowser(self)
        self.list.setObjectName("noteList")
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setOpenLinks(False)
        self.list.setTabChangesFocus(True)

        group = QGroupBox(self.tr("New note"), self)
        self.text_box = QPlainTextEdit(group)
        self.text_box.setObjectName("noteText")
        self.text_box.setTabChangesFocus(True)
        self.text_box.setMaximumHeight(lines_height(self.text_box, 5.5))
        label = QLabel(self.tr("&Note"), group)
        label.setBuddy(self.text_box)
        self.text_box.setAccessibleName(plain(label.text()))
        self.confidential_box = QCheckBox(self.tr("&Confidential: only the assigned worker and "
                                                  "the team's supervisors see it"), group)
        self.confidential_box.setObjectName("noteConfidential")
        self.confidential_box.setAccessibleName(plain(self.confidential_box.text()))
        text = self.binder.bind(f"{NEW}.text", self.text_box)
        secret = self.binder.bind(f"{NEW}.confidential", self.confidential_box)
        form = QVBoxLayout(group)
        form.addWidget(label)
        form.addWidget(self.text_box)
        form.addWidget(text.problem_label)
        form.addWidget(self.confidential_box)
        form.addWidget(secret.problem_label)
        self.text_box.textChanged.connect(self._typed)
        self.confidential_box.clicked.connect(self._typed)

        column = QVBoxLayout(self)
        column.addWidget(self.list, 1)
        column.addWidget(self.message)
        column.addWidget(group)

    def title(self) -> str:
        return self.tr("Notes")

    def new_record(self) -> dict[str, Any]:
        context = self.context
        return {"text": self.text_box.toPlainText().strip() or None,
                "confidential": self.confidential_box.isChecked(),
                "author": context.actor.user if context is not None else None,
                "written_at": datetime.now(UTC).replace(microsecond=0).isoformat()
                .replace("+00:00", "Z")}

    def reset_form(self, context: SectionContext) -> None:
        self.text_box.clear()
        self.confidential_box.setChecked(False)

    def _typed(self, *_args: object) -> None:
        if self._filling:
            return
        if self.text_box.toPlainText().strip():
            self.start_new()
        elif self.has_new():  # emptied again: no note to add
            self.clear_new()

    def clear_new(self) -> None:
        self._started = False
        self.edited.emit()

    def fill_rows(self) -> None:
        parts = []
        for note in sorted(self.records(), key=lambda n: str(n.get("written_at")),
                           reverse=True):
            body = str(note.get("text") or "")
            direction = "rtl" if is_right_to_left(body) else "ltr"
            heading_dir = "rtl" if self.layoutDirection() is Qt.LayoutDirection.RightToLeft \
                else "ltr"
            heading = escape(fill(self.tr("%1 · %2"), date_words(note.get("written_at")),
                                  isolate(note.get("author"))))
            if note.get("confidential"):
                marker = escape(self.tr("Confidential"))
                heading += f" · <b style='color:#7a0000'>\u25c6 {marker}</b>"
            parts.append(f"<p dir='{heading_dir}' style='color:#555; margin-bottom:0'>"
                         f"{heading}</p>"
                         f"<p dir='{direction}' style='margin-top:2px'>"
                         f"{escape(body).replace(chr(10), '<br>')}</p>")
        if not parts:
            parts.append(f"<p style='color:#666'>{escape(self.tr('No notes yet.'))}</p>")
        self.list.setHtml("".join(parts))
