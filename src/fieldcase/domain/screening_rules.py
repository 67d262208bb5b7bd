"""The two scoring rules, applied to the set of questions answered "yes".

Both rules are monotone in the way the rest of the module relies on: a further "yes" to a
trafficking indicator or a vulnerability risk factor never lowers the level, and a further "yes"
to a protective factor never raises it. That is what lets ``score`` bound the effect of
unanswered questions by scoring twice more.

Each rule returns the level and the reasons, in words a worker and a supervisor can check
against the answers: which dimensions, elements, factors and thresholds produced the level.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from fieldcase.domain.screening_instrument import Instrument
from fieldcase.domain.screening_types import (
    LEVELS,
    STRENGTHS,
    DimensionRules,
    FactorQuestion,
    IndicatorQuestion,
    Level,
    WeightedRules,
    level_rank,
)


def evaluate(instrument: Instrument, yes: Set[str]) -> tuple[Level, list[str]]:
    """The level and its reasons for the given "yes" answers (question ids of ``instrument``)."""
    if isinstance(instrument.rules, DimensionRules):
        return _evaluate_dimensions(instrument, instrument.rules, yes)
    return _evaluate_weighted(instrument, instrument.rules, yes)


@dataclass(frozen=True, slots=True)
class _Tally:
    """The "yes" indicators of one dimension, by strength, and whether the dimension is positive."""

    dimension: str
    label: str
    by_strength: dict[str, list[str]]
    positive: bool

    @property
    def total(self) -> int:
        return sum(len(labels) for labels in self.by_strength.values())


def _clause_met(clause: tuple[tuple[str, int], ...], counts: dict[str, int]) -> bool:
    return all(counts[name] >= minimum for name, minimum in clause)


def _tally(instrument: Instrument, rules: DimensionRules, yes: Set[str]) -> list[_Tally]:
    by_group: dict[str, dict[str, list[str]]] = {
        group.id: {s: [] for s in STRENGTHS} for group in instrument.groups}
    for question in instrument.questions:  # once, not once per group
        if isinstance(question, IndicatorQuestion) and question.id in yes \
                and question.dimension in by_group:
            by_group[question.dimension][question.strength].append(question.label)
    tallies: list[_Tally] = []
    for group in instrument.groups:
        by_strength = by_group[group.id]
        counts = {s: len(labels) for s, labels in by_strength.items()}
        counts["medium_or_weak"] = counts["medium"] + counts["weak"]
        positive = any(_clause_met(clause, counts) for clause in rules.clauses)
        tallies.append(_Tally(group.id, group.label, by_strength, positive))
    return tallies


def _describe(tally: _Tally) -> str:
    parts = []
    for strength in STRENGTHS:
        labels = tally.by_strength[strength]
        if labels:
            noun = "indicator" if len(labels) == 1 else "indicators"
            quoted = ", ".join(f'"{label}"' for label in labels)
            parts.append(f"{len(labels)} {strength} {noun}: {quoted}")
    status = "positive" if tally.positive else "not positive"
    return f"{tally.label}: {status} ({'; '.join(parts)})"


def _evaluate_dimensions(
    instrument: Instrument, rules: DimensionRules, yes: Set[str]
) -> tuple[Level, list[str]]:
    tallies = _tally(instrument, rules, yes)
    positive_dims = {t.dimension for t in tallies if t.positive}
    positive_elements = [
        e for e in rules.elements if any(d in positive_dims for d in e.dimensions)
    ]
    identified = all(
        any(e.id == wanted for e in positive_elements) for wanted in rules.identification_elements
    )
    metrics = {
        "identified": int(identified),
        "elements_positive_at_least": len(positive_elements),
        "dimensions_positive_at_least": len(positive_dims),
        "strong_indicators_at_least": sum(len(t.by_strength["strong"]) for t in tallies),
        "medium_indicators_at_least": sum(len(t.by_strength["medium"]) for t in tallies),
        "indicators_at_least": sum(t.total for t in tallies),
    }
    level: Level = "low"
    reasons: list[str] = []
    for rule in rules.levels:
        if all(metrics[name] >= minimum for name, minimum in rule.when):
            level = rule.level
            reasons.append(f"Level {level}: {rule.explain}")
            break
    if metrics["indicators_at_least"] == 0:
        return level, reasons
    if positive_elements:
        names = ", ".join(e.label.lower() for e in positive_elements)
        reasons.append(f"Elements positive: {names}")
    if identified:
        reasons.append(f"Rule met: {rules.identification_text}")
    reasons.extend(_describe(t) for t in tallies if t.total)
    return level, reasons


def _evaluate_weighted(
    instrument: Instrument, rules: WeightedRules, yes: Set[str]
) -> tuple[Level, list[str]]:
    risks: dict[str, list[str]] = {g.id: [] for g in instrument.groups}
    protective: list[str] = []
    risk_total = protective_total = 0
    floors: list[tuple[Level, str]] = []
    for question in instrument.questions:
        if not isinstance(question, FactorQuestion) or question.id not in yes:
            continue
        if question.factor == "risk":
            risk_total += question.weight
            risks[question.determinant].append(f'"{question.label}" (+{question.weight})')
            if question.floor is not None:
                floors.append((question.floor, question.label))
        else:
            protective_total += question.weight
            where = instrument.group_label(question.determinant).lower()
            protective.append(f'"{question.label}" (-{question.weight}, {where})')
    total = risk_total - protective_total
    by_score = _level_for(total, rules)
    level = max([by_score, *(f for f, _ in floors)], key=level_rank)
    if risk_total == 0 and protective_total == 0:
        return level, []
    reasons = [
        f"Level {level}: vulnerability score {total} (risk factors {risk_total} minus protective "
        f"factors {protective_total}); medium from {rules.medium}, high from {rules.high}, "
        f"critical from {rules.critical}"
    ]
    if level_rank(level) > level_rank(by_score):
        raising = ", ".join(f'"{label}"' for floor, label in floors if floor == level)
        reasons.append(f"Level raised from {by_score} to at least {level} by {raising}")
    for group in instrument.groups:
        if risks[group.id]:
            reasons.append(f"{group.label} risk factors: {', '.join(risks[group.id])}")
    if protective:
        reasons.append(f"Protective factors: {', '.join(protective)}")
    return level, reasons


def _level_for(total: int, rules: WeightedRules) -> Level:
    if total >= rules.critical:
        return LEVELS[3]
    if total >= rules.high:
        return LEVELS[2]
    if total >= rules.medium:
        return LEVELS[1]
    return LEVELS[0]


@dataclass(frozen=True, slots=True)
class DimensionFindings:
    """What the ILO/EC rule found, as ids a view can put into words in any language:
    the dimensions and elements positive, and whether the instrument's identification rule
    (adult: all three elements; child: recruitment and exploitation) is met."""

    positive_dimensions: frozenset[str]
    positive_elements: tuple[str, ...]
    identified: bool


def dimension_findings(instrument: Instrument, yes: Set[str]) -> DimensionFindings:
    """The findings behind :func:`evaluate`'s level for a trafficking instrument, from the
    same tally, so the words a screen shows never disagree with the level it shows."""
    if not isinstance(instrument.rules, DimensionRules):
        return DimensionFindings(frozenset(), (), False)
    rules = instrument.rules
    positive = frozenset(t.dimension for t in _tally(instrument, rules, yes) if t.positive)
    elements = tuple(e.id for e in rules.elements if any(d in positive for d in e.dimensions))
    identified = all(wanted in elements for wanted in rules.identification_elements)
    return DimensionFindings(positive, elements, identified)
