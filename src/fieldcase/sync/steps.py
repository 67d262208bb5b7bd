"""Store steps: how a sync reaches the store without owning it.

A SQLCipher connection belongs to the thread that opened it, and the app runs every store
call on one worker thread (docs/ui.md, "Threading rules"). A sync spends most of its time
waiting on the network, so the network part runs on a thread of its own and hands the store
only short *steps*: a function of the store (or of the session, for the services) that runs
where the store lives and returns plain values — read the outbox batch, apply a push answer,
apply a pulled page with its cursor, mark an attachment done.

``Steps.run(step)`` runs one step there and returns its result, or raises what it raised.
Two implementations: :class:`Inline` runs the step at once on the calling thread (the command
line, the tests: the caller owns the store), and the window's runner queues it on its store
thread (``ui.operations``) so a person's own calls wait at most one step. Because the sync
code only ever sees ``Steps``, there is one sync engine for both.

What can go wrong: a step must not keep a reference to the store or hand back a lazy object
(a cursor, a generator) that reads it later from the other thread; return lists, tuples and
frozen dataclasses. A step may raise when the store was closed meanwhile (a lock): the sync
then stops like any failed sync, and nothing committed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

R = TypeVar("R")
S = TypeVar("S")
T = TypeVar("T")
R_co = TypeVar("R_co", covariant=True)


class Steps(Protocol[R_co]):
    """Runs a step against a resource (a ``Store``, a ``Session``) on the thread that owns
    it, and returns the step's result."""

    def run(self, step: Callable[[R_co], T]) -> T: ...


class Inline(Generic[R]):
    """Steps run at once on the calling thread, which owns ``resource``."""

    def __init__(self, resource: R) -> None:
        self._resource = resource

    def run(self, step: Callable[[R], T]) -> T:
        return step(self._resource)


class Through(Generic[R, S]):
    """Steps over what ``view`` makes of another resource, run by ``steps``: the store of a
    session, the attachment files of a session. ``view`` runs inside each step, on the
    owning thread."""

    def __init__(self, steps: Steps[R], view: Callable[[R], S]) -> None:
        self._steps = steps
        self._view = view

    def run(self, step: Callable[[S], T]) -> T:
        view = self._view
        return self._steps.run(lambda resource: step(view(resource)))
