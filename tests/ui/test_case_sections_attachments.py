"""The Attachments tab of the case page over a real encrypted store: a file chosen or dropped is
added at once (not at Save), listed in words; a photo and a PDF are shown from memory, audited,
with no file holding their bytes anywhere while they are on screen; another kind of file is not
shown and not handed to another program; refusals (too large, a program, no kind) are said in
words beside their field; a file a sync has not fetched says so; all of it by keyboard."""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from fieldcase.services import attachments, cases
from fieldcase.ui.case_page.page import CasePage
from fieldcase.ui.case_sections.attachments_section import NEW, AttachmentsSection
from fieldcase.ui.forms.binder import WARNING_SIGN
from fieldcase.ui.operations import OperationRunner

from .case_page_helpers import WAIT, call, new_case, open_case, stored

SHA = "ab" * 32


# --- files made in memory, each carrying a marker after its end (decoders ignore it) ---------

def png_bytes(marker: bytes, width: int = 40, height: int = 30) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data()) + marker


def pdf_bytes(marker: bytes, pages: int = 2) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    painter = QPainter(writer)
    for number in range(1, pages + 1):
        if number > 1:
            writer.newPage()
        painter.drawText(200, 400, f"Consent form, page {number}")
    painter.end()
    buffer.close()
    return bytes(data.data()) + b"\n%" + marker + b"\n"


# --- the page and the tab ---------------------------------------------------------------------

@pytest.fixture
def tab(qtbot: QtBot, case_page: CasePage, runner: OperationRunner) -> AttachmentsSection:
    open_case(qtbot, case_page, runner, new_case(qtbot, runner))
    section = case_page.section(AttachmentsSection)
    case_page.tabs.setCurrentWidget(section)
    return section


def choose(section: AttachmentsSection, path: Path) -> None:
    section.choose_file = lambda _parent: str(path)


def pick_kind(section: AttachmentsSection, kind: str) -> None:
    box = section.kind_box
    box.setCurrentIndex(box.findData(kind))
    box.activated.emit(box.currentIndex())


def add_chosen(qtbot: QtBot, section: AttachmentsSection, runner: OperationRunner, path: Path,
               kind: str, label: str = "") -> None:
    pick_kind(section, kind)
    section.label_box.setText(label)
    choose(section, path)
    before = section.files.topLevelItemCount()
    section.add_button.click()
    qtbot.waitUntil(lambda: not runner.busy and (
        section.files.topLevelItemCount() > before or bool(section.binder.problem_paths())),
        timeout=WAIT)


def row(section: AttachmentsSection, index: int) -> list[str]:
    item = section.files.topLevelItem(index)
    assert item is not None
    return [item.text(column) for column in range(section.files.columnCount())]


def view(qtbot: QtBot, section: AttachmentsSection, runner: OperationRunner,
         index: int) -> Any:
    section.files.setCurrentItem(section.files.topLevelItem(index))
    section.files.setFocus()
    qtbot.keyClick(section.files, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: section.viewer is not None and not runner.busy, timeout=WAIT)
    return section.viewer


def views_audited(qtbot: QtBot, runner: OperationRunner) -> list[str]:
    return [str(r[0]) for r in call(qtbot, runner, lambda s: s.store.raw.execute(
        "SELECT details FROM audit_log WHERE action = 'attachment.view'").fetchall())]


# --- tests ----------------------------------------------------------------------------------

def test_a_chosen_file_is_added_at_once_and_listed_in_words(
        qtbot: QtBot, tab: AttachmentsSection, case_page: CasePage, runner: OperationRunner,
        tmp_path: Path) -> None:
    assert "do not wait for Save" in tab.immediate.text()
    assert tab.empty.isVisibleTo(tab)
    source = tmp_path / "scan.pdf"
    source.write_bytes(pdf_bytes(b"m"))
    add_chosen(qtbot, tab, runner, source, "consent_form", "Consent form, page 1")
    assert row(tab, 0) == ["\u2068Consent form, page 1\u2069", "Consent form", "PDF document",
                           tab.files.topLevelItem(0).text(3), "Yes, not sent yet"]
    assert row(tab, 0)[3].endswith("kB")
    assert "Added" in tab.message.text() and "next sync" in tab.message.text()
    assert not case_page.has_unsaved()  # nothing waits for Save
    entry = stored(qtbot, runner, tab.document["id"])["attachments"][0]
    assert (entry["kind"], entry["label"], entry["media_type"]) == (
        "consent_form", "Consent form, page 1", "application/pdf")
    assert tab.kind_box.currentData() is None and tab.label_box.text() == ""  # ready for more


def test_a_file_dropped_on_the_tab_is_added(qtbot: QtBot, tab: AttachmentsSection,
                                            runner: OperationRunner, tmp_path: Path) -> None:
    source = tmp_path / "photo.png"
    source.write_bytes(png_bytes(b"m"))
    pick_kind(tab, "photo")
    text_only = QMimeData()
    text_only.setText("not a file")
    refused = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, text_only,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    refused.ignore()
    tab.dragEnterEvent(refused)
    assert not refused.isAccepted()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    tab.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(drop)
    qtbot.waitUntil(lambda: tab.files.topLevelItemCount() == 1 and not runner.busy,
                    timeout=WAIT)
    assert row(tab, 0)[:3] == ["(no label)", "Photo", "Image (PNG)"]


def scan_for(marker: bytes, folders: list[Path], since: float) -> list[str]:
    """Every file holding ``marker``: in ``folders`` (those under the temporary folder only if
    written since ``since``) and every regular file this process holds open, deleted or not."""
    found: list[str] = []
    temporary = Path(tempfile.gettempdir())

    def check(path: Path, shown: str) -> None:
        try:
            if path.stat().st_size <= 64 * 1024 * 1024 and marker in path.read_bytes():
                found.append(shown)
        except OSError:
            pass
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                try:
                    if path.is_symlink() or not path.is_file():
                        continue
                    if folder == temporary and path.stat().st_mtime < since:
                        continue
                except OSError:
                    continue
                check(path, str(path))
    for fd in os.listdir("/proc/self/fd"):
        link = Path("/proc/self/fd") / fd
        try:
            target = os.readlink(link)
        except OSError:
            continue
        if target.startswith("/") and not target.startswith(("/dev/", "/proc/")):
            check(link, target)
    return found


@pytest.fixture
def marker() -> Iterator[bytes]:
    yield b"FIELDCASE-MARKER-" + secrets.token_hex(16).encode()


def test_the_scan_finds_a_file_holding_the_marker(marker: bytes, tmp_path: Path) -> None:
    """The security test below could fail: a temporary file, even deleted but open, is found."""
    started = time.time() - 1
    with tempfile.TemporaryFile() as held:  # no name on disk: only /proc/self/fd shows it
        held.write(marker)
        held.flush()
        assert scan_for(marker, [], started) != []
    written = Path(tempfile.gettempdir()) / f"fieldcase-scan-check-{os.getpid()}"
    written.write_bytes(marker)
    try:
        assert str(written) in scan_for(marker, [Path(tempfile.gettempdir())], started)
    finally:
        written.unlink()


def test_a_photo_and_a_pdf_are_shown_from_memory_and_no_file_holds_their_bytes(
        qtbot: QtBot, tab: AttachmentsSection, runner: OperationRunner, tmp_path: Path,
        profile_dir: Path, marker: bytes) -> None:
    started = time.time() - 1
    photo, scan = tmp_path / "photo.png", tmp_path / "consent.pdf"
    photo.write_bytes(png_bytes(marker))
    scan.write_bytes(pdf_bytes(marker))
    add_chosen(qtbot, tab, runner, photo, "photo", "At the desk")
    add_chosen(qtbot, tab, runner, scan, "consent_form", "Consent")
    photo.unlink()
    scan.unlink()  # the person's own copies gone: only the store holds the files now
    folders = [profile_dir, Path(tempfile.gettempdir()), Path("/dev/shm"),
               Path(os.environ["HOME"])]

    image_viewer = view(qtbot, tab, runner, 0)
    assert image_viewer.windowTitle() == "FieldCase — attachment"  # never the label
    assert "At the desk" in image_viewer.heading.text()
    assert len(image_viewer.pages) == 1
    assert image_viewer.pages[0].pixmap().size().toTuple() == (40, 30)
    assert scan_for(marker, folders, started) == []
    image_viewer.close()
    qtbot.waitUntil(lambda: tab.viewer is None, timeout=WAIT)

    pdf_viewer = view(qtbot, tab, runner, 1)
    assert len(pdf_viewer.pages) == 2 and pdf_viewer.status.text() == "2 pages."
    assert pdf_viewer.pages[0].pixmap().width() > 300
    assert pdf_viewer.pages[1].accessibleName() == "Page 2 of 2"
    assert scan_for(marker, folders, started) == []
    pdf_viewer.close()
    assert len(views_audited(qtbot, runner)) == 2


def test_another_kind_of_file_is_not_shown_nor_handed_to_another_program(
        qtbot: QtBot, tab: AttachmentsSection, runner: OperationRunner, tmp_path: Path) -> None:
    source = tmp_path / "notes.docx"
    source.write_bytes(b"PK\x03\x04 not a picture")
    add_chosen(qtbot, tab, runner, source, "other")
    assert row(tab, 0)[2] == "Other file"
    viewer = view(qtbot, tab, runner, 0)
    assert "cannot be shown here" in viewer.status.text()
    assert not viewer.page_area.isVisibleTo(viewer) and viewer.pages == []
    assert [b.text() for b in viewer.findChildren(QPushButton)] == ["Close"]  # no "open with"
    viewer.close()


def test_a_file_too_large_is_refused_in_words_beside_the_file(
        qtbot: QtBot, tab: AttachmentsSection, runner: OperationRunner, tmp_path: Path) -> None:
    big = tmp_path / "video.png"
    with big.open("wb") as handle:
        handle.truncate(attachments.MAX_SIZE + 15 * 1024 * 1024)  # sparse: never read
    add_chosen(qtbot, tab, runner, big, "photo")
    assert tab.binder.problem_paths() == [f"{NEW}.file"]
    words = tab.binder.binding(f"{NEW}.file").problem_label.text()
    assert words == (f"{WARNING_SIGN} This file is too large (40.0 MB): a case keeps files of "
                     "at most 25.0 MB. Scan or photograph it at a lower resolution.")
    assert tab.add_button.accessibleDescription() in words
    assert tab.files.topLevelItemCount() == 0 and tab.message.text() == "Not added."


def test_a_program_and_a_file_without_a_kind_are_refused_beside_their_fields(
        qtbot: QtBot, tab: AttachmentsSection, runner: OperationRunner, tmp_path: Path) -> None:
    tool = tmp_path / "setup.exe"
    tool.write_bytes(b"MZ\x90\x00 a program")
    add_chosen(qtbot, tab, runner, tool, "other")
    assert "program or a script" in tab.binder.binding(f"{NEW}.file").problem_label.text()
    renamed = tmp_path / "setup.jpg"  # a program by its first bytes, whatever its name
    tool.rename(renamed)
    add_chosen(qtbot, tab, runner, renamed, "photo")
    assert tab.binder.problem_paths() == [f"{NEW}.file"]
    photo = tmp_path / "photo.png"
    photo.write_bytes(png_bytes(b"m"))
    tab.kind_box.setCurrentIndex(0)
    choose(tab, photo)
    tab.add_button.click()
    qtbot.waitUntil(lambda: not runner.busy and bool(tab.binder.problem_paths()), timeout=WAIT)
    assert tab.binder.problem_paths() == [f"{NEW}.kind"]
    assert tab.binder.binding(f"{NEW}.kind").problem_label.text() == f"{WARNING_SIGN} Required."
    assert QApplication.focusWidget() is tab.kind_box or not tab.isActiveWindow()
    assert tab.files.topLevelItemCount() == 0


def test_a_file_not_fetched_yet_says_so_and_is_not_opened(
        qtbot: QtBot, case_page: CasePage, runner: OperationRunner) -> None:
    today = call(qtbot, runner, lambda s: s.today())
    from .case_page_helpers import case_document
    document = case_document(today)
    document["attachments"] = [{"kind": "photo", "media_type": "image/jpeg", "size": 1_500_000,
                                "sha256": SHA, "label": "From the other laptop"}]
    saved = call(qtbot, runner, lambda s: cases.create_case(s, document), mutation=True)
    open_case(qtbot, case_page, runner, saved.case_id)
    tab = case_page.section(AttachmentsSection)
    case_page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.files.topLevelItemCount() == 1 and not runner.busy,
                    timeout=WAIT)
    assert row(tab, 0)[1:] == ["Photo", "Image (JPEG)", "1.4 MB",
                               "Not yet: the next sync fetches it"]
    tab.files.setCurrentItem(tab.files.topLevelItem(0))
    qtbot.keyClick(tab.files, Qt.Key.Key_Return)
    assert "not on this laptop yet" in tab.message.text() and tab.viewer is None
    assert views_audited(qtbot, runner) == []


def test_the_tab_by_keyboard_with_names_equal_to_labels(
        qtbot: QtBot, tab: AttachmentsSection, runner: OperationRunner, tmp_path: Path) -> None:
    source = tmp_path / "photo.png"
    source.write_bytes(png_bytes(b"m"))
    add_chosen(qtbot, tab, runner, source, "photo", "Face")
    assert (tab.files.accessibleName(), tab.kind_box.accessibleName(),
            tab.label_box.accessibleName(), tab.add_button.accessibleName()) == (
        "Files", "Kind", "Label", "Add a file…")
    window = tab.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)
    tab.files.setFocus()
    order = [tab.files]
    for _ in range(3):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [tab.files, tab.kind_box, tab.label_box, tab.add_button]
    tab.files.setCurrentItem(tab.files.topLevelItem(0))
    viewer = view(qtbot, tab, runner, 0)  # Enter opens it
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)  # Esc closes it
    qtbot.waitUntil(lambda: tab.viewer is None, timeout=WAIT)
