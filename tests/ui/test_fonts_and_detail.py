"""Bundled fonts cover Latin, Arabic and Ge'ez; the case overview's HTML is escaped, in words and
legible in either direction."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtGui import QFont, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication

from fieldcase import bundled
from fieldcase.ui.case_page.overview_html import latest_screenings, overview_html
from fieldcase.ui.case_page.parts import FSI, PDI
from fieldcase.ui.fonts import FONT_FILES, fonts_dir, load_bundled_fonts, ui_font

SAMPLES = {"Noto Sans": "Amina", "Noto Sans Arabic": "محمد", "Noto Sans Ethiopic": "ሰላም",
           "Noto Sans Bengali": "রহিম", "Noto Sans Khmer": "ចាន់ណា", "Noto Sans Myanmar": "မောင်",
           "Noto Sans Thai": "สมชาย"}


def test_the_bundled_fonts_are_small_and_carry_their_licence() -> None:
    folder = fonts_dir()
    sizes = [(folder / name).stat().st_size for name in FONT_FILES]
    assert sum(sizes) < 5_000_000
    assert "SIL Open Font License" in (folder / "OFL.txt").read_text(encoding="utf-8")


def test_the_bundled_fonts_load_and_cover_every_script(qapp: QApplication) -> None:
    report = load_bundled_fonts()
    assert report.ok, report.failed_files
    for family, sample in SAMPLES.items():
        assert family in report.families
        font = QFont(family)
        assert QFontInfo(font).family() == family
        assert all(QFontMetrics(font).inFontUcs4(ord(char)) for char in sample), family
    metrics = QFontMetrics(ui_font())
    assert all(metrics.inFontUcs4(ord(char)) for char in "Amina")


NO_FONTS_CHECK = """
import json, sys
import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication
from fieldcase.ui.fonts import load_bundled_fonts
app = QApplication([])
before = [f for f in QFontDatabase.families() if f.startswith("Noto")]
load_bundled_fonts()
samples = json.loads(sys.argv[1])
covered = {family: QFontInfo(QFont(family)).family() == family and
           all(QFontMetrics(QFont(family)).inFontUcs4(ord(c)) for c in text)
           for family, text in samples.items()}
print(json.dumps({"before": before, "covered": covered}))
"""


def test_names_render_on_a_machine_with_no_fonts(tmp_path: Path) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{tmp_path}</cachedir>"
                      "</fontconfig>", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", NO_FONTS_CHECK, json.dumps(SAMPLES)],
                            env=env, capture_output=True, text=True, timeout=60, check=True)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["before"] == []  # really no Noto font on the system side
    assert found["covered"] == dict.fromkeys(SAMPLES, True)


def test_a_missing_font_is_reported_not_raised(qapp: QApplication) -> None:
    report = load_bundled_fonts(fonts_dir() / "missing")
    assert report.failed_files == FONT_FILES and not report.ok


def document() -> dict[str, object]:
    return {
        "person": {"given_name": "فاطمة", "family_name": "Canary", "other_names": ["<b>Canary</b>"],
                   "sex": "female", "age_estimate": 24, "nationality": "SDN",
                   "languages": ["ar"], "disability": {"walking": "some_difficulty"},
                   "contact": {"phone": None}},
        "case": {"case_number": "FC-ABC-000001", "site": "LAMP-01", "status": "case_plan",
                 "stage": "transit", "flags": ["supervisor_review"], "risk_level": "high",
                 "assigned_to": None, "opened_on": "2026-11-01"},
        "screenings": [
            {"instrument_id": "vulnerability", "instrument_version": 1,
             "completed_at": "2026-11-01T10:00:00Z",
             "result": {"level": "low", "reasons": ["old"], "review": False}},
            {"instrument_id": "vulnerability", "instrument_version": 1,
             "completed_at": "2026-11-20T10:00:00Z",
             "result": {"level": "high", "reasons": ["score 9"], "review": True}},
        ],
        "notes": [{"text": "وصلت اليوم", "confidential": True, "author": "worker.1",
                   "written_at": "2026-11-20T10:00:00Z"}],
        "tasks": [], "journey": [], "assistance": [], "referrals": [],
    }


TODAY = date(2026, 11, 30)


def test_overview_html_escapes_data_names_codes_and_shows_the_latest_screening() -> None:
    html = overview_html(document(), TODAY, bundled.service_directory())
    assert "<b>Canary</b>" not in html and "&lt;b&gt;Canary&lt;/b&gt;" in html
    assert "<p dir='rtl'>وصلت اليوم</p>" in html  # a note keeps its own direction
    assert "High (on" in html and "supervisor should review" in html
    assert "Case plan" in html and "Sudan" in html and "Arabic" in html
    assert "SDN" not in html and "case_plan" not in html  # codes by name, never raw
    assert "Needs supervisor review" in html and "Confidential" in html
    assert f"{FSI}worker.1{PDI}" in html
    assert [s["completed_at"] for s in latest_screenings(document()["screenings"])] == \
        ["2026-11-20T10:00:00Z"]  # type: ignore[index]


def test_overview_html_survives_a_redacted_document() -> None:
    html = overview_html({"person": {"given_name": "Amina"}, "case": {}}, TODAY,
                         bundled.service_directory())
    assert "Not screened" in html
