"""Nothing typed is lost: ``DraftKeeper`` keeps unsaved forms as drafts in the encrypted store.

A form that can lose typing (the open case's page, the registration dialog) satisfies
``DraftForm`` and registers with the main window's keeper. The keeper saves each registered
form that ``has_unsaved()`` (``services.drafts.save_draft``, through the runner):

- on **lock**, by hand or idle (``MainWindow.request_lock`` calls :meth:`keep_all` before it
  asks for the lock; the runner runs jobs in order, so the saves reach the store before the
  session closes);
- on **window close** (the window waits for :meth:`keep_all` to finish before it closes, since
  the app's shutdown skips queued work; if a save fails it asks);
- on **case switch**: the page calls :meth:`keep` with itself *before* it shows another case
  (while ``draft_key()`` still names the case being left);
- every ``interval`` (10 s) while a form has unsaved edits, so a crash loses at most that much.

Only a state that differs from the one last kept is sent, and the service writes nothing when
the stored one is the same, so the autosave neither rewrites the store nor fills the audit log.

When a form opens, :meth:`offer` asks whether a draft is kept for it and, if so, shows the
form's ``DraftBar``: "You have unsaved changes from 10 minutes ago" with Restore (the form's
``restore_draft``) and Discard. After a successful save the form calls :meth:`form_saved`, which
discards its draft. The keeper knows nothing of the form beyond ``DraftForm``.

What can go wrong: a save refused or failed at a lock is not reported (the lock drops every
result, by design); the draft kept before it, if any, stays. A draft is shown only to the user
who typed it and only for a case they may still edit (the service decides).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any, Final, Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from fieldcase.services import drafts
from fieldcase.services.drafts import Draft
from fieldcase.ui.i18n import Context, fill, translate
from fieldcase.ui.messages import OperationError
from fieldcase.ui.operations import Runner
from fieldcase.ui.sync_panel import NoticeBar

AUTOSAVE_INTERVAL: Final = timedelta(seconds=10)


@runtime_checkable
class DraftForm(Protocol):
    """What the keeper needs of a form (docs/ui.md, "Drafts")."""

    def draft_key(self) -> str:
        """``case:<id>`` for an open case, ``register`` for the registration form."""
        ...

    def draft(self) -> dict[str, Any]:
        """The unsaved edits as JSON-able state ({} when none). A case form includes the
        ``Seen.to_text()`` of the view the edits were made from, and saves a restored draft
        with it, so a case changed since makes conflicts, not silent overwrites."""
        ...

    def restore_draft(self, state: dict[str, Any]) -> None: ...

    def has_unsaved(self) -> bool: ...


class DraftWords(Context):
    """The translation context of the keeper's sentences (see ``i18n.Context``)."""


def age_words(saved_at: datetime, now: datetime) -> str:
    """When a draft was kept, as a person says it: "just now", "10 minutes ago", "3 hours
    ago", "yesterday at 14:05", "on 2 Dec 2026 at 09:10" (the locale's own forms)."""
    seconds = max(0, int((now - saved_at).total_seconds()))
    if seconds < 60:
        return translate("DraftWords", "just now")
    if seconds < 3600:
        return DraftWords.tr("%Ln minute(s) ago", None, seconds // 60)
    local = QDateTime.fromSecsSinceEpoch(int(saved_at.timestamp())).toLocalTime()
    today = QDateTime.fromSecsSinceEpoch(int(now.timestamp())).toLocalTime().date()
    locale = QLocale()
    time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    if local.date() == today:
        return DraftWords.tr("%Ln hour(s) ago", None, seconds // 3600)
    if local.date().addDays(1) == today:
        return fill(translate("DraftWords", "yesterday at %1"), time)
    return fill(translate("DraftWords", "on %1 at %2"),
                locale.toString(local.date(), QLocale.FormatType.ShortFormat), time)


class DraftBar(NoticeBar):
    """The offer of a kept draft, above the form it belongs to: words, Restore, Discard.
    Both buttons take Tab focus; the bar keeps which draft it offers."""

    restore_clicked = Signal()
    discard_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("draftBar", action_text=self.tr("Restore"), closable=False,
                         parent=parent)
        self.offered: Draft | None = None
        self.setAccessibleName(self.tr("Unsaved changes"))
        self.action_button.setObjectName("restoreDraft")
        self.action_button.setAccessibleName(self.action_button.text())
        self.action_button.setToolTip(self.tr("Put back what you typed and did not save"))
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setObjectName("discardDraft")
        self.discard_button.setAccessibleName(self.discard_button.text())
        self.discard_button.setToolTip(self.tr("Delete what you typed and did not save"))
        row = self.layout()
        assert row is not None  # NoticeBar's row of label and buttons
        row.addWidget(self.discard_button)
        self.action_button.clicked.connect(self.restore_clicked)
        self.discard_button.clicked.connect(self.discard_clicked)

    def offer(self, draft: Draft, now: datetime) -> None:
        self.offered = draft
        text = fill(self.tr("You have unsaved changes from %1."),
                    age_words(draft.saved_at, now))
        self.label.setAccessibleName(text)
        self.show_notice(text, "warn")

    def withdraw(self) -> None:
        self.offered = None
        self.hide()


def _utc_now() -> datetime:
    return datetime.now(UTC)


class DraftKeeper(QObject):
    """Keeps the registered forms' unsaved edits as drafts (see the module)."""

    kept = Signal(str)  # the key of a draft the store now holds (after a save)
    failed = Signal(object)  # OperationError of a save or a discard

    def __init__(self, runner: Runner, *, interval: timedelta = AUTOSAVE_INTERVAL,
                 now: Callable[[], datetime] = _utc_now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._now = now
        self._forms: list[DraftForm] = []
        self._bars: dict[int, DraftBar] = {}  # id(form) -> its bar, once offered
        self._sent: dict[str, dict[str, Any]] = {}  # key -> the state last sent to the store
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(interval.total_seconds() * 1000)))
        self._timer.timeout.connect(self.keep_unsaved)
        self._stopped = False

    @property
    def forms(self) -> tuple[DraftForm, ...]:
        return tuple(self._forms)

    def register(self, form: DraftForm) -> None:
        if form not in self._forms:
            self._forms.append(form)
            if isinstance(form, QObject):  # a destroyed form leaves on its own
                form.destroyed.connect(self._form_destroyed)
        if not self._stopped:
            self._timer.start()

    def unregister(self, form: DraftForm) -> None:
        self._forget(id(form))

    def _form_destroyed(self, *_args: object) -> None:
        """A bound method, so Qt drops the connection if the keeper goes first."""
        for form in self._forms:
            if isinstance(form, QObject) and not shiboken6.isValid(form):
                self._forget(id(form))

    def _forget(self, form_id: int) -> None:
        self._forms = [f for f in self._forms if id(f) != form_id]
        self._bars.pop(form_id, None)
        if not self._forms:
            self._timer.stop()

    def stop(self) -> None:
        """The session is ending (lock already kept the forms, or the profile was erased):
        no more saves, no more offers."""
        self._stopped = True
        self._timer.stop()

    # --- keeping -----------------------------------------------------------------------------
    def unkept(self) -> list[DraftForm]:
        """Forms whose kept draft is not what they show: unsaved edits the store does not hold
        yet, or a draft this keeper kept whose edits the person has since undone."""
        return [form for form in self._forms if self._differs(form)]

    def _differs(self, form: DraftForm) -> bool:
        if form.has_unsaved():
            return self._sent.get(form.draft_key()) != form.draft()
        return form.draft_key() in self._sent

    def keep_unsaved(self) -> None:
        """The autosave: keep every form whose unsaved edits changed since last kept."""
        for form in self.unkept():
            self.keep(form)

    def keep(self, form: DraftForm,
             on_done: Callable[[OperationError | None], None] | None = None) -> None:
        """Keep ``form``'s unsaved edits now (case switch: before the page changes case).
        ``on_done(None)`` once they are kept (or there was nothing to keep), ``on_done(error)``
        when the save failed."""
        if self._stopped or not self._differs(form):
            if on_done is not None:
                on_done(None)
            return
        key = form.draft_key()
        if not form.has_unsaved():  # edits undone since they were kept: the draft is stale
            del self._sent[key]
            self._runner.mutate(lambda session: drafts.discard_draft(session, key),
                                lambda _gone: on_done(None) if on_done else None,
                                partial(self._failed, None, key, on_done))
            return
        state = form.draft()
        self._sent[key] = state

        def done(_written: object) -> None:
            self.kept.emit(key)
            if on_done is not None:
                on_done(None)

        self._runner.mutate(lambda session: drafts.save_draft(session, key, state),
                            done, partial(self._failed, state, key, on_done))

    def _failed(self, state: dict[str, Any] | None, key: str,
                on_done: Callable[[OperationError | None], None] | None,
                error: OperationError) -> None:
        if state is not None and self._sent.get(key) is state:
            del self._sent[key]  # try again at the next tick
        self.failed.emit(error)
        if on_done is not None:
            on_done(error)

    def keep_all(self, on_done: Callable[[OperationError | None], None] | None = None) -> None:
        """Keep every form's unsaved edits (lock, window close). ``on_done`` once all are
        kept, with the first error if one failed."""
        waiting = self.unkept()
        if not waiting:
            if on_done is not None:
                on_done(None)
            return
        errors: list[OperationError] = []
        left = [len(waiting)]

        def one_done(error: OperationError | None) -> None:
            if error is not None:
                errors.append(error)
            left[0] -= 1
            if left[0] == 0 and on_done is not None:
                on_done(errors[0] if errors else None)

        for form in waiting:
            self.keep(form, one_done)

    def form_saved(self, form: DraftForm) -> None:
        """The form's edits were saved for real: its draft is not needed any more."""
        self.discard(form.draft_key())

    def discard(self, key: str) -> None:
        self._sent.pop(key, None)
        self._runner.mutate(lambda session: drafts.discard_draft(session, key),
                            on_error=self.failed.emit)

    # --- offering ----------------------------------------------------------------------------
    def offer(self, form: DraftForm, bar: DraftBar | None = None) -> None:
        """The form just opened (a case, the registration): show ``bar`` (by default the
        form's ``draft_bar``) if a draft is kept for it. Restore puts it back into the form;
        Discard deletes it."""
        if bar is None:
            bar = getattr(form, "draft_bar", None)
            if not isinstance(bar, DraftBar):
                raise TypeError("offer needs the form's DraftBar (give it, or name it "
                                "draft_bar)")
        bar.withdraw()
        if self._stopped:
            return
        if id(form) not in self._bars:
            self._bars[id(form)] = bar
            bar.restore_clicked.connect(partial(self._restore, form, bar))
            bar.discard_clicked.connect(partial(self._discard_offered, form, bar))
        key = form.draft_key()

        def found(draft: Draft | None) -> None:
            if draft is not None and form.draft_key() == key and not self._stopped:
                bar.offer(draft, self._now())

        self._runner.submit(lambda session: drafts.load_draft(session, key), found,
                            lambda _error: None)  # no offer is better than a pop-up

    def _restore(self, form: DraftForm, bar: DraftBar) -> None:
        draft = bar.offered
        bar.withdraw()
        if draft is None or form.draft_key() != draft.key:
            return
        form.restore_draft(draft.state)
        self._sent[draft.key] = draft.state  # what the store holds; kept again once edited
        if isinstance(form, QWidget):
            form.setFocus()

    def _discard_offered(self, form: DraftForm, bar: DraftBar) -> None:
        draft = bar.offered
        bar.withdraw()
        if draft is not None and form.draft_key() == draft.key:
            self.discard(draft.key)
        if isinstance(form, QWidget):
            form.setFocus()
