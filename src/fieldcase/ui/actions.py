"""Every action of the main window, declared once: label, shortcut, menu, tip, when enabled.

In the spirit of Picard's ``ui/mainwindow/actions.py``: the window does not build ``QAction``s
by hand. ``ACTIONS`` declares each one; ``ActionRegistry`` makes a ``QAction`` for every
declaration the window has a handler for, fills the menu bar (File / Case / Sync / Help) and the
toolbar from the same declarations, and enables each from one ``ActionState``. So:

- **Adding a screen** is one declaration here (if it is not declared yet) plus one handler in
  the window's handler map. An action without a handler (its screen has not landed: new
  person, save, print) gets no ``QAction`` and no menu entry: no dead menu entries; nor does
  one the window leaves out (a demo offers no enrolment and no passphrase change).
- **Shortcuts** (issue 9): Ctrl+F search, Ctrl+N new person, Ctrl+S save, F5 sync,
  Ctrl+L lock; Ctrl+Q quit, Ctrl+P print, F1 about; Ctrl+Shift+Del quick wipe (only once
  switched on, and after one confirmation). Qt shows them in the menus, and the tip
  names them in the interface language's own key names.
- **Language** (issue 12): one checkable action per interface language, each named in its
  own language (``INTERFACE_LANGUAGES``, ``native``: never translated); the one in use is
  checked (``ActionState.language``).
- **Enabled** is a function of ``ActionState`` (signed in, offline lease, enrolled, syncing,
  conflicts, refused changes): the window updates the state; the registry applies every
  rule at once.

Labels and tips are marked for translation (context ``ActionWords``) and translated when the
registry is made, after the interface language is installed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from fieldcase.ui.i18n import QT_TRANSLATE_NOOP, Context, fill, translate


class ActionWords(Context):
    """The translation context of the actions' labels and tips (see ``i18n.Context``)."""


class Menu(Enum):
    FILE = QT_TRANSLATE_NOOP("ActionWords", "&File")
    CASE = QT_TRANSLATE_NOOP("ActionWords", "&Case")
    SYNC = QT_TRANSLATE_NOOP("ActionWords", "&Sync")
    LANGUAGE = QT_TRANSLATE_NOOP("ActionWords", "&Language")
    HELP = QT_TRANSLATE_NOOP("ActionWords", "&Help")


@dataclass(frozen=True)
class ActionState:
    """What decides which actions are offered now."""

    working: bool = False  # signed in and the offline lease allows work on cases
    enrolled: bool = False  # this laptop syncs with a server
    syncing: bool = False
    conflicts: int = 0
    refused: int = 0  # changes the server refused that this user may see
    lease_expired: bool = False
    case_open: bool = False
    supervisor: bool = False  # the signed-in person supervises a team
    language: str = "en"  # the interface language (``i18n.current_language``)
    quick_wipe: bool = False  # switched on (by the person or the organisation's policy)


def _supervising(state: ActionState) -> bool:
    return state.working and state.supervisor


def _always(_state: ActionState) -> bool:
    return True


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the QAction's object name, and the key of its handler
    text: str  # marked with QT_TRANSLATE_NOOP("ActionWords", ...)
    menu: Menu
    tip: str = ""
    shortcut: str | QKeySequence.StandardKey | None = None
    toolbar: bool = False
    enabled: Callable[[ActionState], bool] = _always
    label: Callable[[ActionState], str] | None = field(default=None, compare=False)
    separator_before: bool = False
    checked: Callable[[ActionState], bool] | None = field(default=None, compare=False)
    native: bool = False  # ``text`` is a language's own name: shown as it is, never translated


NATIVE_NAME_PROPERTY = "nativeName"
"""Set on an action whose text is a language's own name (English, Français, العربية): the
same words in every interface language, on purpose, so a person finds their own."""

INTERFACE_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "&English"), ("fr", "&Français"), ("es", "E&spañol"), ("ar", "العربية"),
    ("ti", "ትግርኛ"), ("am", "አማርኛ"),
)
"""The languages offered in the Language menu, each named in itself (with its menu letter where
its script is typed on the keyboard; Arabic and Ge'ez names have none). Tigrinya and Amharic
are drafts (``domain.languages.DRAFT_LANGUAGES``): what is not translated yet shows in English."""


def language_action_name(code: str) -> str:
    return f"language{code.capitalize()}"


def _language_spec(code: str, name: str) -> ActionSpec:
    return ActionSpec(language_action_name(code), name, Menu.LANGUAGE,
                      QT_TRANSLATE_NOOP("ActionWords", "Show FieldCase in this language"),
                      checked=lambda s: s.language.split("_")[0] == code, native=True)


def _sync_label(state: ActionState) -> str:
    return translate("ActionWords", "Syncing…") if state.syncing else \
        translate("ActionWords", "Sync &now")


def _conflicts_label(state: ActionState) -> str:
    if not state.conflicts:
        return translate("ActionWords", "&Conflicts")
    return ActionWords.tr("&Conflicts (%Ln)", None, state.conflicts)


def _refused_label(state: ActionState) -> str:
    if not state.refused:
        return translate("ActionWords", "&Refused changes")
    return ActionWords.tr("&Refused changes (%Ln)", None, state.refused)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("newPerson", QT_TRANSLATE_NOOP("ActionWords", "&New person…"), Menu.FILE,
               QT_TRANSLATE_NOOP("ActionWords", "Register a new person"), "Ctrl+N",
               enabled=lambda s: s.working),
    ActionSpec("print", QT_TRANSLATE_NOOP("ActionWords", "&Print…"), Menu.FILE,
               QT_TRANSLATE_NOOP("ActionWords", "Print what this person's referral needs"),
               QKeySequence.StandardKey.Print, enabled=lambda s: s.working and s.case_open),
    ActionSpec("printSummary", QT_TRANSLATE_NOOP("ActionWords", "Print case s&ummary…"),
               Menu.FILE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Print what a reader of this case needs, marked confidential"),
               "Ctrl+Shift+P", enabled=lambda s: s.working and s.case_open),
    ActionSpec("changePassphrase", QT_TRANSLATE_NOOP("ActionWords", "C&hange passphrase…"),
               Menu.FILE,
               QT_TRANSLATE_NOOP("ActionWords", "Choose a new passphrase for this laptop")),
    ActionSpec("travel", QT_TRANSLATE_NOOP("ActionWords", "Prepare for &travel…"), Menu.FILE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Before a border crossing: erase every case from this laptop "
                                 "once synced; a sync brings them back"),
               enabled=lambda s: s.enrolled and not s.syncing, separator_before=True),
    ActionSpec("protections", QT_TRANSLATE_NOOP("ActionWords", "&Duress and quick wipe…"),
               Menu.FILE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Set a duress passphrase; switch the quick wipe on or off")),
    ActionSpec("quickWipe", QT_TRANSLATE_NOOP("ActionWords", "Quick &wipe…"), Menu.FILE,
               QT_TRANSLATE_NOOP("ActionWords", "Erase everything on this laptop at once"),
               "Ctrl+Shift+Del", enabled=lambda s: s.quick_wipe),
    ActionSpec("lock", QT_TRANSLATE_NOOP("ActionWords", "&Lock"), Menu.FILE,
               QT_TRANSLATE_NOOP("ActionWords", "Lock FieldCase now"), "Ctrl+L", toolbar=True,
               separator_before=True),
    ActionSpec("quit", QT_TRANSLATE_NOOP("ActionWords", "&Quit"), Menu.FILE,
               QT_TRANSLATE_NOOP("ActionWords", "Close FieldCase"), "Ctrl+Q"),
    ActionSpec("search", QT_TRANSLATE_NOOP("ActionWords", "Sea&rch…"), Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Search by name, case number, phone or document"),
               "Ctrl+F", enabled=lambda s: s.working),
    ActionSpec("save", QT_TRANSLATE_NOOP("ActionWords", "&Save"), Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords", "Save the case"), "Ctrl+S",
               enabled=lambda s: s.working and s.case_open),
    ActionSpec("due", QT_TRANSLATE_NOOP("ActionWords", "&Due follow-ups"), Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords", "Overdue, today and this week"),
               enabled=lambda s: s.working),
    ActionSpec("reviewQueue", QT_TRANSLATE_NOOP("ActionWords", "Review &queue"), Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "What waits for a supervisor, in groups with counts"),
               "Ctrl+R", enabled=_supervising, separator_before=True),
    ActionSpec("dashboard", QT_TRANSLATE_NOOP("ActionWords", "Dash&board"), Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "The team's cases counted, in charts to save as PNG or CSV"),
               "Ctrl+Shift+D", enabled=_supervising),
    ActionSpec("approve", QT_TRANSLATE_NOOP("ActionWords", "A&pprove"), Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Agree the case plan or approve the closure it waits for"),
               "Ctrl+Shift+A", enabled=_supervising),
    ActionSpec("returnCase", QT_TRANSLATE_NOOP("ActionWords", "Re&turn…"), Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Send the case plan or the closure back, with a comment"),
               "Ctrl+Shift+R", enabled=_supervising),
    ActionSpec("assign", QT_TRANSLATE_NOOP("ActionWords", "Ass&ign to…"), Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Give the selected cases to a member of the team"),
               "Ctrl+Shift+G", enabled=_supervising),
    ActionSpec("acceptTransfer", QT_TRANSLATE_NOOP("ActionWords", "Accept trans&fer"),
               Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Take the case whose transfer waits for your site"),
               enabled=_supervising),
    ActionSpec("declineTransfer", QT_TRANSLATE_NOOP("ActionWords", "Dec&line transfer…"),
               Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Leave the case with the team that sent it, saying why"),
               enabled=_supervising),
    ActionSpec("proposeTransfer",
               QT_TRANSLATE_NOOP("ActionWords", "Transfer to another sit&e…"), Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Propose moving the case; it moves when a supervisor there "
                                 "accepts"),
               enabled=_supervising, separator_before=True),
    ActionSpec("escalate", QT_TRANSLATE_NOOP("ActionWords", "Es&calate…"), Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords", "Raise the case to a supervisor, saying why"),
               enabled=lambda s: s.working and (s.case_open or s.supervisor)),
    ActionSpec("clearEscalation", QT_TRANSLATE_NOOP("ActionWords", "Clear escalati&on"),
               Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords", "The escalation of the case is dealt with"),
               enabled=_supervising),
    ActionSpec("auditLog", QT_TRANSLATE_NOOP("ActionWords", "&Audit log"), Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Who viewed, changed, exported or printed which case, when"),
               enabled=_supervising, separator_before=True),
    ActionSpec("retention", QT_TRANSLATE_NOOP("ActionWords", "Rete&ntion…"), Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Closed cases past your organisation's retention, to remove "
                                 "from this laptop"),
               enabled=_supervising),
    ActionSpec("eraseCase", QT_TRANSLATE_NOOP("ActionWords", "Erase t&his person's record…"),
               Menu.CASE,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Erase the open case here, on the server and on every "
                                 "laptop, at a person's request"),
               enabled=lambda s: _supervising(s) and s.case_open, separator_before=True),
    ActionSpec("sync", QT_TRANSLATE_NOOP("ActionWords", "Sync &now"), Menu.SYNC,
               QT_TRANSLATE_NOOP("ActionWords", "Send and receive changes now"), "F5",
               toolbar=True, enabled=lambda s: s.enrolled and not s.syncing,
               label=_sync_label),
    ActionSpec("conflicts", QT_TRANSLATE_NOOP("ActionWords", "&Conflicts"), Menu.SYNC,
               QT_TRANSLATE_NOOP("ActionWords", "Fields changed differently on two laptops"),
               toolbar=True, enabled=lambda s: s.working and s.conflicts > 0,
               label=_conflicts_label),
    ActionSpec("refused", QT_TRANSLATE_NOOP("ActionWords", "&Refused changes"), Menu.SYNC,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Changes the server did not accept, with the reason"),
               toolbar=True, enabled=lambda s: s.working and s.refused > 0,
               label=_refused_label),
    ActionSpec("enrol", QT_TRANSLATE_NOOP("ActionWords", "&Enrol this laptop…"), Menu.SYNC,
               QT_TRANSLATE_NOOP("ActionWords",
                                 "Connect this laptop to your organisation's server with a "
                                 "one-time code"),
               enabled=lambda s: not s.enrolled and not s.syncing),
    ActionSpec("signIn", QT_TRANSLATE_NOOP("ActionWords", "Sign &in to the server…"), Menu.SYNC,
               QT_TRANSLATE_NOOP("ActionWords", "Sign in with your server passphrase"),
               enabled=lambda s: s.enrolled and not s.syncing),
    *(_language_spec(code, name) for code, name in INTERFACE_LANGUAGES),
    ActionSpec("about", QT_TRANSLATE_NOOP("ActionWords", "&About FieldCase"), Menu.HELP,
               QT_TRANSLATE_NOOP("ActionWords", "Version and licences"),
               QKeySequence.StandardKey.HelpContents),
)
"""Every action, in menu order. Declared even before its screen exists."""

SPECS: Mapping[str, ActionSpec] = {spec.name: spec for spec in ACTIONS}


class ActionRegistry(QObject):
    """The ``QAction``s of one window: one per declaration that has a handler."""

    def __init__(self, window: QWidget, handlers: Mapping[str, Callable[[], None]]) -> None:
        super().__init__(window)
        unknown = set(handlers) - set(SPECS)
        if unknown:
            raise KeyError(f"handlers for undeclared actions: {sorted(unknown)}")
        self._actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            handler = handlers.get(spec.name)
            if handler is not None:
                self._actions[spec.name] = self._make(window, spec, handler)
        self.update(ActionState())

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __contains__(self, name: object) -> bool:
        return name in self._actions

    @property
    def names(self) -> list[str]:
        return list(self._actions)

    def fill_menus(self, menu_bar: QMenuBar) -> dict[Menu, QMenu]:
        """One menu per ``Menu`` that has an action, in declaration order."""
        menus: dict[Menu, QMenu] = {}
        for spec in ACTIONS:
            action = self._actions.get(spec.name)
            if action is None:
                continue
            menu = menus.get(spec.menu)
            if menu is None:
                menu = menu_bar.addMenu(translate("ActionWords", spec.menu.value))
                menu.setObjectName(f"{spec.menu.name.lower()}Menu")
                menus[spec.menu] = menu
            elif spec.separator_before:
                menu.addSeparator()
            menu.addAction(action)
        return menus

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        for spec in ACTIONS:
            if spec.toolbar and spec.name in self._actions:
                if spec.separator_before:
                    toolbar.addSeparator()
                toolbar.addAction(self._actions[spec.name])

    def update(self, state: ActionState) -> None:
        """Enable each action by its rule, and relabel the ones whose words follow the
        state (Syncing…, Conflicts (3))."""
        for name, action in self._actions.items():
            spec = SPECS[name]
            action.setEnabled(spec.enabled(state))
            if spec.label is not None:
                action.setText(spec.label(state))
            if spec.checked is not None:
                action.setChecked(spec.checked(state))

    @staticmethod
    def _make(window: QWidget, spec: ActionSpec, handler: Callable[[], None]) -> QAction:
        action = QAction(spec.text if spec.native else translate("ActionWords", spec.text),
                         window)
        action.setObjectName(f"{spec.name}Action")
        action.setCheckable(spec.checked is not None)
        action.setProperty(NATIVE_NAME_PROPERTY, spec.native)
        tip = translate("ActionWords", spec.tip) if spec.tip else ""
        if spec.shortcut is not None:
            sequence = QKeySequence(spec.shortcut)
            action.setShortcut(sequence)
            keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            if tip and keys:
                tip = fill(translate("ActionWords", "%1 (%2)"), tip, keys)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: handler())
        window.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action
