"""Case > Dashboard: the team's cases counted, in nine bar charts, each saved as PNG or CSV.

The charts (``services.dashboard``, one pass over the supervisor's synced scope): cases by
stage, status, risk, site and nationality; new cases per week (12 ISO weeks, "Week of
23/11/2026"); days from registration to first assistance (bands, the median and the count in
the note); referral outcomes; open cases per worker, with the cases nobody is assigned to as
their own bar. Each chart says what it leaves out: closed cases are not counted in stage,
risk, site, nationality and workload (the note gives their number); status, registrations,
assistance and referrals count them.

Drawn with QPainter (``bar_chart.BarChart``), not QtCharts: QtCharts is in PySide6-Addons,
which the bundle excludes. Labels are words (``ui/names.py``: "Transit", "Eritrea"), numbers
and dates follow ``QLocale``, and in Arabic the bars mirror (they grow right to left).

Keys: Tab reaches each chart (a screen reader reads its values from the accessible
description) and its two buttons, "Save as PNG…" and "Save as CSV…" (native file dialogs;
the files hold aggregate counts only, and are plain: docs/ui.md). A save asks for the
passphrase again and is audited (``dashboard.export``, the chart and the format) before the
file is written (``dialogs.reauth_dialog``), as every print and export of the app is. The
dashboard is read on the runner's worker, again when a change arrives while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldcase.services.dashboard import NOT_SCREENED, Counts, Dashboard, dashboard
from fieldcase.services.printouts import record_dashboard_export
from fieldcase.ui.dialogs.reauth_dialog import ReauthDialog, confirm_then
from fieldcase.ui.i18n import fill, translate
from fieldcase.ui.locale_words import day_words
from fieldcase.ui.messages import OperationError
from fieldcase.ui.names import code_name, country_name
from fieldcase.ui.operations import Runner
from fieldcase.ui.supervisor.bar_chart import Bar, BarChart, Chart, number, save_csv, save_png
from fieldcase.ui.supervisor.dialogs import SupervisorWords

COLUMNS = 2


def _bars(counts: Counts, words: Callable[[str], str]) -> tuple[Bar, ...]:
    return tuple(Bar(code, words(code), value) for code, value in counts)


def week_words(week: str) -> str:
    """"2026-W49" -> "Week of 30/11/2026" (its Monday, in the interface's date format)."""
    year, number_ = week.split("-W")
    monday = date.fromisocalendar(int(year), int(number_), 1)
    return fill(translate("Dashboard", "Week of %1"), day_words(monday))


def _band_words(band: str) -> str:
    return {"0-1": translate("Dashboard", "0 to 1 day"),
            "2-7": translate("Dashboard", "2 to 7 days"),
            "8-30": translate("Dashboard", "8 to 30 days"),
            ">30": translate("Dashboard", "More than 30 days")}.get(band, band)


def _closed_note(board: Dashboard) -> str:
    return SupervisorWords.tr("Closed cases are not counted (%Ln).", None, board.closed) \
        if board.closed else ""


def charts_of(board: Dashboard) -> list[Chart]:
    """The dashboard's charts, in words, in the order shown."""
    closed = _closed_note(board)
    delay = board.assistance
    if delay.median is None:
        assisted = translate("Dashboard", "No case has had assistance recorded yet.")
    else:
        assisted = fill(SupervisorWords.tr("Median %1 days, over %Ln case(s).", None,
                                           delay.count), number(delay.median))
    if delay.none_yet:
        assisted += " " + SupervisorWords.tr("%Ln open case(s) had no assistance yet.", None,
                                             delay.none_yet)
    workload = _bars(board.workload, lambda worker: worker)
    workload += (Bar("", translate("Dashboard", "Nobody (intake)"), board.unassigned),)
    return [
        Chart("stage", translate("Dashboard", "Cases by stage"),
              _bars(board.by_stage, lambda c: code_name("stage", c)), closed),
        Chart("status", translate("Dashboard", "Cases by status"),
              _bars(board.by_status, lambda c: code_name("status", c)),
              translate("Dashboard", "Every case, closed ones too.")),
        Chart("risk", translate("Dashboard", "Cases by risk"),
              _bars(board.by_risk, lambda c: translate("Dashboard", "Not screened")
                    if c == NOT_SCREENED else code_name("risk", c)), closed),
        Chart("site", translate("Dashboard", "Cases by site"),
              _bars(board.by_site, lambda site: site), closed),
        Chart("nationality", translate("Dashboard", "Cases by nationality"),
              _bars(board.by_nationality, country_name), closed),
        Chart("weeks", translate("Dashboard", "New cases per week"),
              _bars(board.new_per_week, week_words),
              translate("Dashboard", "By registration date, the last 12 weeks.")),
        Chart("assistance", translate("Dashboard",
                                      "Days from registration to first assistance"),
              _bars(delay.bands, _band_words), assisted),
        Chart("referrals", translate("Dashboard", "Referral outcomes"),
              _bars(board.referrals, lambda c: code_name("referral_status", c)),
              translate("Dashboard", "Every referral, closed cases' too.")),
        Chart("workload", translate("Dashboard", "Open cases per worker"), workload, closed),
    ]


class ChartPanel(QGroupBox):
    """One chart under its title, its note, and its two buttons."""

    def __init__(self, chart: Chart, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(chart.title, parent)
        self._runner = runner
        self.reauth: ReauthDialog | None = None
        self.setObjectName(f"{chart.key}Panel")
        self.note = QLabel(chart.note, self)
        self.note.setWordWrap(True)
        self.view = BarChart(chart, self)
        self.png_button = QPushButton(self.tr("Save as &PNG…"), self)
        self.csv_button = QPushButton(self.tr("Save as CS&V…"), self)
        row = QHBoxLayout()
        for button, kind in ((self.png_button, "Png"), (self.csv_button, "Csv")):
            button.setObjectName(f"{chart.key}{kind}")
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", ""))
            button.setAccessibleDescription(chart.title)  # which chart, for a screen reader
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        layout.addLayout(row)
        layout.addStretch(1)
        self.png_button.clicked.connect(self._ask_png)
        self.csv_button.clicked.connect(self._ask_csv)
        self.set_chart(chart)

    @property
    def chart(self) -> Chart:
        return self.view.chart

    def set_chart(self, chart: Chart) -> None:
        self.setTitle(chart.title)
        self.note.setText(chart.note)
        self.note.setVisible(bool(chart.note))
        self.view.set_chart(chart)
        for button in (self.png_button, self.csv_button):
            button.setAccessibleDescription(chart.title)

    def _file_name(self, suffix: str) -> str:
        return f"fieldcase-{self.chart.key}-{date.today().isoformat()}.{suffix}"

    def _confirmed(self, file_format: str, write: Callable[[], None]) -> None:
        """The passphrase again, then the audit, then ``write`` (the only writer)."""
        key = self.chart.key
        self.reauth = confirm_then(
            self, self._runner, self.tr("Save the chart"),
            lambda session: record_dashboard_export(session, key, file_format),
            lambda _mark: write())

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the chart as PNG"),
                                              self._file_name("png"),
                                              self.tr("PNG images (*.png)"))
        if not path:
            return

        def write() -> None:
            if not save_png(self.view, Path(path)):
                self._tell(self.tr("The chart could not be saved there."))
        self._confirmed("png", write)

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the counts as CSV"),
                                              self._file_name("csv"),
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        chart = self.chart

        def write() -> None:
            try:
                save_csv(chart, Path(path))
            except OSError:
                self._tell(self.tr("The counts could not be saved there."))
        self._confirmed("csv", write)

    def _tell(self, text: str) -> None:
        window = self.window()
        if isinstance(window, DashboardDialog):
            window.summary.setText(text)


class DashboardDialog(QDialog):
    """The dashboard in a window of its own beside the main one."""

    loaded = Signal()

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._token = 0
        self.board: Dashboard | None = None
        self.setWindowTitle(self.tr("FieldCase — dashboard"))
        self.setObjectName("dashboardDialog")
        self.resize(1000, 720)
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        self.panels: dict[str, ChartPanel] = {}
        inside = QWidget(self)
        grid = QGridLayout(inside)
        self.charts_area = QScrollArea(self)
        self.charts_area.setObjectName("dashboardCharts")
        self.charts_area.setWidgetResizable(True)
        self.charts_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the charts
        self.charts_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.charts_area.setWidget(inside)
        self._grid = grid
        self._inside = inside
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.charts_area, 1)
        layout.addWidget(buttons)
        runner.changed.connect(self._on_changed)

    def show_and_load(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.reload()

    def reload(self) -> None:
        self._token += 1
        token = self._token
        self.summary.setText(self.tr("Loading…"))
        self._runner.submit(dashboard, lambda board: self._arrived(token, board),
                            lambda error: self._failed(token, error))

    def _on_changed(self, _changes: object) -> None:
        if self.isVisible():
            self.reload()

    def _arrived(self, token: int, board: Dashboard) -> None:
        if token != self._token:
            return
        self.board = board
        for index, chart in enumerate(charts_of(board)):
            panel = self.panels.get(chart.key)
            if panel is None:
                panel = ChartPanel(chart, self._runner, self._inside)
                self.panels[chart.key] = panel
                self._grid.addWidget(panel, index // COLUMNS, index % COLUMNS)
                panel.show()  # now, not on the layout's queued show: Tab reaches it at once
            else:
                panel.set_chart(chart)
        self.summary.setText(self._summary(board))
        self.loaded.emit()

    def _summary(self, board: Dashboard) -> str:
        text = SupervisorWords.tr("%Ln case(s) on this laptop in your scope.", None,
                                  board.total)
        if board.closed:
            text += " " + SupervisorWords.tr("%Ln of them closed.", None, board.closed)
        return text + " " + fill(self.tr("Counted on %1."), day_words(board.today))

    def _failed(self, token: int, error: OperationError) -> None:
        if token == self._token:
            self.summary.setText(error.message)
