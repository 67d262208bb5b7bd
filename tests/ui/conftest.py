"""UI fixtures: a demo profile with a known passphrase, runners that always shut down."""

from __future__ import annotations

import gc
import importlib.util
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from tests.ui.case_sections_support import harness  # noqa: F401  (the case sections' fixture)

from fieldcase.services import profile
from fieldcase.services.demo import DEMO_SITE, DEMO_TEAM, add_demo_cases
from fieldcase.services.session import Session
from fieldcase.storage.keyslots import KdfParams
from fieldcase.ui.i18n import install_language
from fieldcase.ui.operations import OperationRunner, SynchronousRunner

USER = "demo.supervisor"
PASSPHRASE = "copper lantern orchard velvet"
DEMO_CASES = 300


ROOT = Path(__file__).resolve().parents[2]


def i18n_tools() -> Any:
    """scripts/i18n.py (lupdate and lrelease around the app's catalogues), loaded by path."""
    spec = importlib.util.spec_from_file_location("fieldcase_i18n_tools",
                                                  ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session", autouse=True)
def _english_interface(qapp: QApplication) -> None:
    """The .qm files are build products: compile any .ts newer than its .qm before the UI
    tests (as scripts/install.sh and the bundle build do), then install English as run_app
    does, with its plural forms ("1 change", "2 changes")."""
    i18n_tools().compile_catalogues()
    install_language(qapp, "en")


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    """As the app does (``ui.gui_collector``): Python's cycle collector never runs on the
    runner's worker thread, where freeing a widget crashes Qt; cycles are collected here, on
    the GUI thread, after each test. What is still alive then is frozen (as the app freezes its
    long-lived objects): each collection walks only what the next test made, not the whole
    heap of every module imported so far (0.4–0.6 s per test on a 2-core machine)."""
    gc.disable()
    yield
    gc.enable()
    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session")
def kdf() -> KdfParams:
    return KdfParams.insecure_for_tests()


@pytest.fixture(scope="session")
def profile_template(tmp_path_factory: pytest.TempPathFactory, kdf: KdfParams) -> Path:
    """A profile with 300 synthetic cases, made once; tests work on copies of it."""
    folder = tmp_path_factory.mktemp("template") / "profile"
    profile.create_profile(folder, user=USER, passphrase=PASSPHRASE, role="supervisor",
                           team=DEMO_TEAM, site=DEMO_SITE, kdf=kdf)
    session = profile.unlock(folder, user=USER, passphrase=PASSPHRASE, kdf=kdf)
    try:
        add_demo_cases(session, count=DEMO_CASES, seed=1)
    finally:
        session.close()
    return folder


@pytest.fixture
def profile_dir(profile_template: Path, tmp_path: Path) -> Path:
    """A fresh copy, so failed-unlock counters and audit events never leak between tests."""
    folder = tmp_path / "profile"
    shutil.copytree(profile_template, folder)
    return folder


@pytest.fixture
def opener(profile_dir: Path, kdf: KdfParams) -> Callable[[], Session]:
    return lambda: profile.unlock(profile_dir, user=USER, passphrase=PASSPHRASE, kdf=kdf)


@pytest.fixture
def runner(qapp: object) -> Iterator[OperationRunner]:
    threaded = OperationRunner()
    yield threaded
    threaded.shutdown()


@pytest.fixture
def sync_runner(qapp: object) -> Iterator[SynchronousRunner]:
    synchronous = SynchronousRunner()
    yield synchronous
    synchronous.shutdown()


@pytest.fixture
def case_page(qtbot: Any, runner: OperationRunner, opener: Callable[[], Session]) -> Any:
    """The case page alone over a signed-in session (tests/ui/test_case_page*.py)."""
    from fieldcase.ui.case_page.page import CasePage
    with qtbot.waitSignal(runner.session_opened, timeout=10_000):
        runner.open_session(opener)
    page = CasePage(runner)
    page.resize(760, 720)
    qtbot.addWidget(page)
    page.show()
    return page
