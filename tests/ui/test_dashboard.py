"""The supervisor's dashboard over a real profile: Ctrl+Shift+D opens it for a supervisor
only, every chart shows the service's numbers and reads them in words, the CSV holds exactly
the aggregate counts (no name, no case number), the PNG is written and not blank, the bars
mirror right to left, and Tab goes chart, Save as PNG, Save as CSV, next chart."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from fieldcase.domain.policy import Role
from fieldcase.services.dashboard import AssistanceDelay, Dashboard, dashboard
from fieldcase.services.review_queue import QueueFilter, review_queue
from fieldcase.services.session import Session
from fieldcase.ui.main_window import MainWindow
from fieldcase.ui.operations import OperationRunner
from fieldcase.ui.supervisor.bar_chart import Bar, BarChart, Chart, csv_text, save_csv, save_png
from fieldcase.ui.supervisor.dashboard import DashboardDialog, charts_of

from .case_page_helpers import call, new_case
from .conftest import PASSPHRASE, USER

WAIT = 20_000
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SMALL = Dashboard(
    today=date(2026, 11, 30), total=4, closed=1,
    by_stage=(("origin", 0), ("transit", 2), ("destination", 1), ("return", 0)),
    by_status=(("open", 2), ("assessment", 1), ("closed", 1)),
    by_risk=(("critical", 1), ("high", 0), ("medium", 0), ("low", 1), ("", 1)),
    by_site=(("LAMP-01", 3),), by_nationality=(("ERI", 2), ("XXA", 1)),
    new_per_week=(("2026-W48", 1), ("2026-W49", 2)),
    assistance=AssistanceDelay(2, 4.5, (("0-1", 1), ("2-7", 0), ("8-30", 1), (">30", 0)), 1),
    referrals=(("sent", 1), ("declined", 2)), workload=(("bilal", 2),), unassigned=1)


@pytest.fixture
def window(qtbot: QtBot, runner: OperationRunner, opener: Callable[[], Session]
           ) -> Iterator[MainWindow]:
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    shown = MainWindow(runner, runner.actor)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.working_allowed and not runner.busy, timeout=WAIT)
    yield shown
    shown.close()


def open_dashboard(qtbot: QtBot, window: MainWindow,
                   runner: OperationRunner) -> DashboardDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = window.desk.dashboard_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.board is not None and not runner.busy, timeout=WAIT)
    return dialog


def test_ctrl_shift_d_opens_the_dashboard_with_the_services_numbers(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    dialog = open_dashboard(qtbot, window, runner)
    assert dialog.isVisible()
    board = call(qtbot, runner, dashboard)
    assert dialog.board == board and board.total == 300
    panels = dialog.panels
    assert list(panels) == ["stage", "status", "risk", "site", "nationality", "weeks",
                            "assistance", "referrals", "workload"]
    shown = {key: [bar.value for bar in panel.chart.bars] for key, panel in panels.items()}
    assert shown["stage"] == [n for _, n in board.by_stage]
    assert shown["status"] == [n for _, n in board.by_status]
    assert shown["risk"] == [n for _, n in board.by_risk]
    assert shown["site"] == [n for _, n in board.by_site]
    assert shown["nationality"] == [n for _, n in board.by_nationality]
    assert shown["weeks"] == [n for _, n in board.new_per_week] and len(shown["weeks"]) == 12
    assert shown["assistance"] == [n for _, n in board.assistance.bands]
    assert shown["referrals"] == [n for _, n in board.referrals]
    assert shown["workload"] == [n for _, n in board.workload] + [board.unassigned]
    stage = panels["stage"].view
    assert stage.accessibleName() == "Cases by stage"
    transit = dict(board.by_stage)["transit"]
    assert f"Transit: {transit}" in stage.accessibleDescription()  # read in words
    assert "Eritrea" in [bar.label for bar in panels["nationality"].chart.bars]
    if board.closed:
        assert f"({board.closed})" in panels["stage"].note.text()


def test_a_new_case_is_counted_while_the_dashboard_is_shown(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    dialog = open_dashboard(qtbot, window, runner)
    assert dialog.board is not None
    before = dialog.board.total
    weeks = sum(bar.value for bar in dialog.panels["weeks"].chart.bars)
    new_case(qtbot, runner)  # registered 10 days ago, at LAMP-01, in transit
    qtbot.waitUntil(lambda: dialog.board is not None and dialog.board.total == before + 1,
                    timeout=WAIT)
    assert sum(bar.value for bar in dialog.panels["weeks"].chart.bars) == weeks + 1
    assert "301 cases" in dialog.summary.text()


def test_a_worker_has_no_dashboard(qtbot: QtBot, runner: OperationRunner,
                                   opener: Callable[[], Session]) -> None:
    with qtbot.waitSignal(runner.session_opened, timeout=WAIT):
        runner.open_session(opener)
    assert runner.actor is not None
    shown = MainWindow(runner, replace(runner.actor, role=Role.WORKER))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.working_allowed and not runner.busy, timeout=WAIT)
    assert not shown.registry["dashboard"].isEnabled()
    shown.activateWindow()
    qtbot.keyClick(shown, Qt.Key.Key_D, CTRL_SHIFT)
    assert shown.desk.dashboard_dialog is None
    shown.close()


def test_the_csv_holds_exactly_the_counts(qapp: QApplication, tmp_path: Path) -> None:
    charts = {chart.key: chart for chart in charts_of(SMALL)}
    assert csv_text(charts["stage"]) == (
        "code,category,count\norigin,Origin,0\ntransit,Transit,2\n"
        "destination,Destination,1\nreturn,Return,0\n")
    assert csv_text(charts["risk"]).splitlines()[-1] == ",Not screened,1"
    assert csv_text(charts["weeks"]) == (
        "code,category,count\n2026-W48,Week of 23/11/2026,1\n2026-W49,Week of 30/11/2026,2\n")
    assert csv_text(charts["workload"]) == \
        "code,category,count\nbilal,bilal,2\n,Nobody (intake),1\n"
    assert charts["assistance"].note == \
        "Median 4.5 days, over 2 cases. 1 open case had no assistance yet."
    path = tmp_path / "stage.csv"
    save_csv(charts["nationality"], path)
    assert path.read_bytes() == ("\ufeffcode,category,count\nERI,Eritrea,2\n"
                                 "XXA,Stateless person,1\n").encode()


def test_no_file_of_the_dashboard_names_anyone(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner, tmp_path: Path) -> None:
    dialog = open_dashboard(qtbot, window, runner)
    queue = call(qtbot, runner, lambda s: review_queue(s, QueueFilter(include_closed=True)))
    people = {case.display_name for case in queue.cases.values()}
    numbers = {case.case_number for case in queue.cases.values()}
    assert people and numbers
    for key, panel in dialog.panels.items():
        save_csv(panel.chart, tmp_path / f"{key}.csv")
        text = (tmp_path / f"{key}.csv").read_text(encoding="utf-8-sig")
        assert not any(name in text for name in people), key
        assert "FC-" not in text and not any(number in text for number in numbers), key


def test_the_png_is_written_and_shows_the_bars(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner, tmp_path: Path) -> None:
    dialog = open_dashboard(qtbot, window, runner)
    view = dialog.panels["status"].view
    path = tmp_path / "status.png"
    assert save_png(view, path)
    assert path.stat().st_size > 0
    image = QImage(str(path))
    assert image.width() > view.width() and image.height() > view.height()  # title, margin
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    bars = view.palette().color(QPalette.ColorRole.Highlight).rgb()
    assert bars in colours and len(colours) > 3  # bars and text, not a blank page


def test_the_bars_mirror_right_to_left(qtbot: QtBot) -> None:
    chart = Chart("stage", "Cases by stage", (Bar("transit", "Transit", 4),
                                              Bar("origin", "Origin", 2),
                                              Bar("return", "Return", 0)))
    ltr, rtl = BarChart(chart), BarChart(chart)
    rtl.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    for view in (ltr, rtl):
        qtbot.addWidget(view)
        view.resize(400, view.sizeHint().height())
    left, right = ltr.bar_rects(), rtl.bar_rects()
    assert left[0].width() == 2 * left[1].width() > 0 and left[2].width() == 0
    assert left[0].left() == left[1].left() < 200  # bars start after the label, on the left
    assert right[0].right() == right[1].right() > 200  # ... on the right, growing leftwards
    for a, b in zip(left, right, strict=True):
        assert a.left() == pytest.approx(400 - b.right()) and a.width() == b.width()


def test_the_dashboard_mirrors_in_a_right_to_left_interface(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner, qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = open_dashboard(qtbot, window, runner)
        view = dialog.panels["stage"].view
        qtbot.waitUntil(lambda: view.width() > 100, timeout=WAIT)
        assert view.isRightToLeft()
        rects = [r for r in view.bar_rects() if r.width() > 0]
        assert rects and all(r.right() > view.width() / 2 for r in rects)
        png, csv = dialog.panels["stage"].png_button, dialog.panels["stage"].csv_button
        assert png.mapTo(dialog, png.rect().topLeft()).x() > \
            csv.mapTo(dialog, csv.rect().topLeft()).x()  # the first button on the right
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_tab_goes_chart_png_csv_then_the_next_chart(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner) -> None:
    from .a11y_audit import tab_walk
    dialog = open_dashboard(qtbot, window, runner)
    panels = list(dialog.panels.values())
    expected: list[QWidget] = []
    for panel in panels:
        expected += [panel.view, panel.png_button, panel.csv_button]
    stops, traps = tab_walk(qtbot, dialog)
    assert traps == []
    assert panels[0].view in stops, [widget.objectName() for widget in stops]
    first = stops.index(panels[0].view)
    assert stops[first:first + len(expected)] == expected, \
        [widget.objectName() for widget in stops]


def test_saving_a_chart_asks_for_the_passphrase_first_and_is_audited(
        qtbot: QtBot, window: MainWindow, runner: OperationRunner, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dashboard(qtbot, window, runner)
    panel = dialog.panels["stage"]
    target = tmp_path / "stage.csv"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), "CSV files (*.csv)"))

    def exports() -> list[object]:
        return list(call(qtbot, runner, lambda s: s.store.raw.execute(
            "SELECT user, case_id, details FROM audit_log WHERE action = 'dashboard.export'"
        ).fetchall()))

    panel.csv_button.click()
    reauth = panel.reauth
    assert reauth is not None and reauth.isVisible() and not target.exists()
    reauth.passphrase_box.setText("not the passphrase")
    reauth.submit()
    qtbot.waitUntil(lambda: not reauth.busy, timeout=WAIT)
    assert reauth.isVisible() and not target.exists() and exports() == []
    reauth.passphrase_box.setText(PASSPHRASE)
    reauth.submit()
    qtbot.waitUntil(target.exists, timeout=WAIT)
    events = exports()
    assert len(events) == 1
    assert events[0][0] == USER and events[0][1] is None  # type: ignore[index]
    assert '"chart":"stage"' in str(events[0][2]).replace(" ", "")  # type: ignore[index]
