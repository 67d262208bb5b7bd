"""The main window: composes the panels and the actions, and holds no logic of its own.

Toolbar: search box, list filter, Lock. Left: the case list; right: the selected case.
Status bar: who is signed in and how many cases are listed. The window title is fixed
("FieldCase", plus the site): it never shows a person's name, because titles end up in task
switchers, screen-sharing previews and window-manager logs.

Lock (the action, Ctrl+L, or the idle watch) only emits ``lock_requested``: the app
controller closes the session and brings back the unlock dialog.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QWidget,
)

from fieldcase.domain.policy import Actor, Role
from fieldcase.ui.case_detail import CaseDetail
from fieldcase.ui.case_list_model import CaseListModel
from fieldcase.ui.case_list_view import CaseListView
from fieldcase.ui.idle import DEFAULT_IDLE_LOCK, IdleWatch
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.search_bar import ListChoice, SearchBar, filter_for

WINDOW_TITLE = "FieldCase"


def default_list(actor: Actor) -> ListChoice:
    """Workers start on their own cases, supervisors on the site's."""
    return ListChoice.MY_CASES if actor.role is Role.WORKER else ListChoice.ALL


class MainWindow(QMainWindow):
    lock_requested = Signal()
    closed = Signal()

    def __init__(self, runner: Runner, actor: Actor, *,
                 idle_timeout: timedelta = DEFAULT_IDLE_LOCK, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._locking = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"{WINDOW_TITLE} — {actor.site}" + (" — demo" if demo else ""))
        self.resize(1200, 720)

        self.model = CaseListModel(runner, parent=self)
        self.case_list = CaseListView(self.model, self)
        self.detail = CaseDetail(runner, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.case_list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 500])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        self.search_bar = SearchBar(default_list(actor), parent=self)
        self.lock_action = QAction("Lock", self)
        self.lock_action.setObjectName("lockAction")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip("Lock FieldCase now (Ctrl+L)")
        self.lock_action.triggered.connect(self.request_lock)
        toolbar = QToolBar("Main", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(16, 16))
        toolbar.addWidget(self.search_bar)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)

        self.count_label = QLabel(self)
        self.statusBar().addWidget(QLabel(f"Signed in as {actor.user} ({actor.role.value}, "
                                          f"{actor.site})", self))
        self.statusBar().addPermanentWidget(self.count_label)

        self.idle_watch = IdleWatch(idle_timeout, self)
        self.idle_watch.idle.connect(self.request_lock)
        self.search_bar.search_requested.connect(self._search)
        self.search_bar.filter_chosen.connect(self._show_list)
        self.case_list.case_selected.connect(self.detail.show_case)
        self.model.page_loaded.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.model.load_failed.connect(self._load_failed)
        runner.failed.connect(self._load_failed)
        self._show_list(self.search_bar.choice)

    @property
    def actor(self) -> Actor:
        return self._actor

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.idle_watch.start()

    def request_lock(self) -> None:
        if not self._locking:
            self._locking = True
            self.idle_watch.stop()
            self.lock_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle_watch.stop()
        super().closeEvent(event)
        self.closed.emit()

    def _search(self, text: str) -> None:
        self.detail.clear()  # the new list has no selection: show no case either
        self.model.set_search(text)

    def _show_list(self, choice: object) -> None:
        if isinstance(choice, ListChoice):
            self.detail.clear()
            self.model.set_filter(filter_for(choice, self._actor))

    def _update_count(self, *_args: object) -> None:
        count = self.model.rowCount()
        if self.model.loading and count == 0:
            text = "Loading…"
        elif self.model.search_text:
            text = f"{count} found"
        else:
            more = " (scroll for more)" if self.model.canFetchMore() else ""
            text = f"{count} cases listed{more}"
        self.count_label.setText(text)

    def _load_failed(self, error: object) -> None:
        if isinstance(error, OperationError):
            self.statusBar().showMessage(error.message, 10_000)
