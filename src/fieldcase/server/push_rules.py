"""The rules a pushed change must keep that a device keeps before it saves a case (issue 8,
"Rules a document must not bypass"), so a hostile or buggy device cannot get round them by
syncing.

Checked change by change, in batch order, after authorization (``sync_authz``) and before the
merge. A refused change is quarantined by its device with a reason ``<kind>.<field>.<rule>``
that names the field; the rest of the push applies. Each change is judged against its record
as the server holds it (the current winning values) with the batch's earlier accepted
changes laid over it, so a case created and moved through the workflow offline arrives as a
valid sequence. The changes of one save share a stamp and come in document order (a case's
referrals before its consents), so a referral is judged with the consents of its own save.

- Case status: a new case starts ``open``; a status change must be a move ``domain.workflow``
  allows the pushing user's role from the server's current status (a worker cannot push
  ``closed``, and nobody jumps from ``open`` to ``closed``), or a choice between the sides
  of an open conflict on the status: ``case.status.workflow_transition``.
- Case number: a new case is numbered under the pushing device's registered prefix
  (``server.case_number_prefixes``; a device enrolled before prefixes were registered
  registers its own with the first case it creates): ``case.case_number.case_number_forged``;
  a number never changes once the server holds one: ``case.case_number.immutable``.
- Case site: changing an existing case's site is accepting the transfer waiting for it, by a
  supervisor at the site it waits at (``policy.Action.RECEIVE_TRANSFER``; the change clears
  ``case.transfer``), or a move by a supervisor of the case's team (``TRANSFER_CASE``) to a
  site of that team; anything else (a forged site edit, the sending supervisor "accepting"
  their own proposal) is ``case.site.transfer_not_allowed``.
- Screening: a new or changed screening's result is the one the bundled instrument gives for
  its answers: ``screening.result.not_computed``. The device scored it with the person's age
  and the case's stage of that day, which the server cannot rebuild; only the note on
  unanswered questions depends on them, so a result is accepted when it is the instrument's
  for some age band and stage. Answers the instrument cannot score are refused under the
  scorer's kind (``screening.answers.unknown_question``,
  ``screening.instrument_version.instrument_not_found``, ...).
- Referral: sending one needs an active consent for its service, and a new or moved referral
  names an active service of the organisation's directory (the bundled sample while it has
  none: ``server.service_directory.referral_ids``; ``domain.referral_rules``):
  ``referral.status.consent_required``, ``referral.status.consent_withdrawn``,
  ``referral.service_id.unknown_service``.

Not checked here: field types and lengths, and whether a site and an assignee belong to the
case's team (the push validation beside this module does that); the case's risk level (it
follows from every screening of the case, which another device's concurrent push can change);
the comment a returned closure needs.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from typing import Final

import sqlalchemy as sa

from fieldcase import bundled
from fieldcase.domain import screening, workflow
from fieldcase.domain.case_numbers import prefix_of
from fieldcase.domain.codes import Status
from fieldcase.domain.merge import Change, Rejection, record_view
from fieldcase.domain.policy import Action, decide
from fieldcase.domain.referral_rules import ConsentFacts, ReferralFacts, referral_problem
from fieldcase.domain.screening_types import STAGES
from fieldcase.server import case_number_prefixes, service_directory
from fieldcase.server.db import records, teams
from fieldcase.server.push_validation import accepts_transfer
from fieldcase.server.record_codec import record_from_json
from fieldcase.server.sync_authz import CaseFacts, Directory, context
from fieldcase.server.sync_state import BatchCases
from fieldcase.server.sync_store import DeviceUser

_SCREENING_FIELDS: Final = frozenset({"answers", "instrument_id", "instrument_version",
                                      "result"})
_REFERRAL_FIELDS: Final = frozenset({"status", "service_id", "consent_id"})
_SCORING_CONTEXTS: Final = tuple(screening.ScreeningContext(age, stage)
                                 for age in (None, 30) for stage in STAGES)
"""One context per age band (None: a child, or an age unknown) and stage."""

Values = dict[str, object]


def refusal(kind: str, field: str, rule: str) -> str:
    """The quarantine reason: the record kind, the field and the rule, dot-separated."""
    return f"{kind}.{field}.{rule}"


def check(conn: sa.Connection, user: DeviceUser, batch: Sequence[Change], loaded: BatchCases,
          facts: Mapping[str, CaseFacts], directory: Directory
          ) -> tuple[list[Change], list[Rejection]]:
    """The changes of ``batch`` (already authorized) that keep the rules, and the refusals."""
    judge = _Judge(conn, user, loaded, facts, directory, batch)
    kept: list[Change] = []
    refused: list[Rejection] = []
    for change in batch:
        reason = judge.reason(change)
        if reason is None:
            judge.accept(change)
            kept.append(change)
        else:
            refused.append(Rejection(change.change_id, reason))
    return kept, refused


class _Judge:
    def __init__(self, conn: sa.Connection, user: DeviceUser, loaded: BatchCases,
                 facts: Mapping[str, CaseFacts], directory: Directory,
                 batch: Sequence[Change]) -> None:
        self._conn, self._user, self._loaded = conn, user, loaded
        self._facts, self._directory = facts, directory
        self._saved_consents: dict[tuple[str, str], list[Change]] = {}
        for change in batch:
            if change.kind == "consent" and change.op == "upsert":
                self._saved_consents.setdefault((change.case_id, change.stamp.encode()),
                                                []).append(change)
        self._values: dict[str, Values] = {}  # record id -> its values now ({}: none live)
        self._consents: dict[str, set[str]] = {}  # case id -> its consents' record ids
        self._team_sites: dict[uuid.UUID | None, frozenset[uuid.UUID]] = {}
        self._service_ids: frozenset[str] | None = None  # read at the batch's first referral
        self._claimed: dict[str, bool] = {}

    # -- the records as they stand ------------------------------------------------------------

    def values(self, change: Change) -> Values:
        """The record's current values, with the batch's accepted changes applied."""
        return self._record(change.case_id, change.record_id)

    def _record(self, case_id: str, record_id: str) -> Values:
        if record_id not in self._values:
            state = self._loaded.states.get(case_id)
            record = state.records.get(record_id) if state is not None else None
            self._values[record_id] = (
                dict(record_view(record).values) if record is not None else {})
        return self._values[record_id]

    def accept(self, change: Change) -> None:
        if change.op == "upsert":
            values = dict(self.values(change))
            values.update({name: edit.value for name, edit in change.fields.items()})
            self._values[change.record_id] = values
        else:
            self._values[change.record_id] = {}
        if change.kind == "consent":
            self._consent_ids(change.case_id).add(change.record_id)

    def _heads(self, change: Change, name: str) -> list[object]:
        """Every side the stored record shows for ``name`` (several while in conflict)."""
        state = self._loaded.states.get(change.case_id)
        record = state.records.get(change.record_id) if state is not None else None
        field = record.fields.get(name) if record is not None else None
        return [version.value for version in field.heads] if field is not None else []

    # -- the rules ----------------------------------------------------------------------------

    def reason(self, change: Change) -> str | None:
        if change.op != "upsert":
            return None
        if change.kind == "case":
            return self._case(change)
        if change.kind == "screening" and _SCREENING_FIELDS & change.fields.keys():
            stage = self._record(change.case_id, change.case_id).get("stage")
            return _screening_reason({**self.values(change), **_fields(change)}, stage)
        if change.kind == "referral" and _REFERRAL_FIELDS & change.fields.keys():
            return self._referral(change)
        return None

    def _case(self, change: Change) -> str | None:
        current, fields = self.values(change), _fields(change)
        creating = not current  # no case record yet: this change makes it
        return (self._status(change, current, fields, creating)
                or self._number(current, fields)
                or (None if creating else self._site(change, current, fields)))

    def _status(self, change: Change, current: Values, fields: Values,
                creating: bool) -> str | None:
        if "status" not in fields:
            return None
        new, old = fields["status"], current.get("status")
        if creating:
            return None if new == Status.OPEN.value else refusal(
                "case", "status", "workflow_transition")
        if new == old:
            return None
        assigned = {**current, **fields}.get("assigned_to") == self._user.name
        if isinstance(old, str) and isinstance(new, str) and workflow.moves_to(
                old, new, self._user.role, is_assigned=assigned):
            return None
        if new in self._heads(change, "status"):
            return None  # settling a conflict on the status: both sides were moves already
        return refusal("case", "status", "workflow_transition")

    def _number(self, current: Values, fields: Values) -> str | None:
        if "case_number" not in fields:
            return None
        new, old = fields["case_number"], current.get("case_number")
        if new == old:
            return None
        if old is not None:
            return refusal("case", "case_number", "immutable")
        prefix = prefix_of(new)
        if prefix is None or not self._claim(prefix):
            return refusal("case", "case_number", "case_number_forged")
        return None

    def _claim(self, prefix: str) -> bool:
        if prefix not in self._claimed:
            self._claimed[prefix] = case_number_prefixes.claim(
                self._conn, self._user.org_id, prefix, self._user.device_id)
        return self._claimed[prefix]

    def _site(self, change: Change, current: Values, fields: Values) -> str | None:
        if "site" not in fields or fields["site"] == current.get("site"):
            return None
        scope = self._facts[change.case_id].scope
        site = self._directory.site(fields["site"])
        if (accepts_transfer(change, current) and site is not None
                and site == scope.pending_site_id
                and decide(self._user.actor, Action.RECEIVE_TRANSFER, context(scope))):
            return None
        if (site is None or not decide(self._user.actor, Action.TRANSFER_CASE, context(scope))
                or site not in self._sites_of(scope.team_id)):
            return refusal("case", "site", "transfer_not_allowed")
        return None

    def _sites_of(self, team_id: uuid.UUID | None) -> frozenset[uuid.UUID]:
        if team_id not in self._team_sites:
            self._team_sites[team_id] = frozenset() if team_id is None else frozenset(
                self._conn.execute(sa.select(teams.c.site_id).where(teams.c.id == team_id))
                .scalars())
        return self._team_sites[team_id]

    def _referral(self, change: Change) -> str | None:
        current = self.values(change)
        new = {**current, **_fields(change)}
        consents = {record_id: self._values.get(record_id, {})
                    for record_id in self._consent_ids(change.case_id)}
        for same_save in self._saved_consents.get((change.case_id, change.stamp.encode()), ()):
            consents[same_save.record_id] = {**consents.get(same_save.record_id, {}),
                                             **_fields(same_save)}
        facts = [ConsentFacts(record_id, values.get("purpose"), values.get("service_id"),
                              values.get("withdrawn_on") is not None)
                 for record_id, values in sorted(consents.items()) if values]
        problem = referral_problem(_referral_facts(new),
                                   _referral_facts(current) if current else None,
                                   facts, self._referral_ids())
        return None if problem is None else refusal("referral", problem.field, problem.rule)

    def _referral_ids(self) -> frozenset[str]:
        if self._service_ids is None:
            self._service_ids = service_directory.referral_ids(self._conn, self._user.org_id)
        return self._service_ids

    def _consent_ids(self, case_id: str) -> set[str]:
        """The case's consent records, read once (the batch's own are added as accepted)."""
        if case_id not in self._consents:
            found: set[str] = set()
            stored = self._facts[case_id].exists  # a case new to the server has none stored
            rows = () if not stored else self._conn.execute(sa.select(
                records.c.record_id, records.c.fields).where(
                records.c.org_id == self._user.org_id,
                records.c.case_id == uuid.UUID(case_id), records.c.kind == "consent"))
            for row in rows:
                record_id = str(row.record_id)
                found.add(record_id)
                if record_id not in self._values:
                    state = record_from_json(record_id, case_id, "consent", row.fields)
                    self._values[record_id] = dict(record_view(state).values)
            self._consents[case_id] = found
        return self._consents[case_id]


def _fields(change: Change) -> Values:
    return {name: edit.value for name, edit in change.fields.items()}


def _referral_facts(values: Values) -> ReferralFacts:
    return ReferralFacts(values.get("status"), values.get("service_id"),
                         values.get("consent_id"))


def _screening_reason(values: Values, stage: object) -> str | None:
    """None when the screening's result is what its instrument gives for its answers
    (``stage``: the case's stage now, the likeliest the device scored it at, tried first)."""
    answers, instrument_id = values.get("answers"), values.get("instrument_id")
    version = values.get("instrument_version")
    if (not isinstance(answers, dict) or not isinstance(instrument_id, str)
            or not isinstance(version, int)):
        return refusal("screening", "result", "not_computed")
    given = values.get("result")
    try:
        instrument = screening.find_instrument(bundled.instruments(), instrument_id, version)
        if any(given == possible for possible in _results(instrument, answers, stage)):
            return None
    except screening.ScreeningError as error:
        field = error.field if error.field in ("instrument_id", "instrument_version") \
            else "answers"
        return refusal("screening", field, error.kind)
    return refusal("screening", "result", "not_computed")


def _results(instrument: screening.Instrument, answers: Mapping[str, bool | None],
             stage: object) -> Iterator[dict[str, object]]:
    """The instrument's result for ``answers`` in each context, as the device stores it,
    made lazily (those at ``stage`` first) and once per distinct set of unanswered questions
    that apply (the only thing the context changes): scoring costs a fraction of a
    millisecond and a push can carry hundreds."""
    seen: set[tuple[str, ...]] = set()
    for scoring_context in sorted(_SCORING_CONTEXTS, key=lambda c: c.stage != stage):
        unanswered = tuple(q.id for q in screening.applicable_questions(instrument,
                                                                        scoring_context)
                           if answers.get(q.id) is None)
        if unanswered in seen:
            continue
        seen.add(unanswered)
        result = screening.score(instrument, answers, scoring_context,
                                 instrument_id=instrument.id,
                                 instrument_version=instrument.version)
        yield {"level": result.level, "reasons": list(result.reasons), "review": result.review}
