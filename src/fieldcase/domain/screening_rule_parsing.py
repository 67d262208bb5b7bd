"""Parsing of the ``scoring`` object of an instrument file into rule values.

The rules are data so that a new instrument version can change a threshold or a level rule
without a code change; that also means a typo there would silently change levels, so every key
is checked and errors name the key path.
"""

from __future__ import annotations

from fieldcase.domain.screening_fields import Fields
from fieldcase.domain.screening_types import (
    LEVELS,
    DimensionRules,
    Element,
    InstrumentDefinitionError,
    LevelRule,
    WeightedRules,
)

_CLAUSE_COUNTS = ("strong", "medium", "weak", "medium_or_weak")
LEVEL_CONDITIONS = (
    "identified",
    "elements_positive_at_least",
    "dimensions_positive_at_least",
    "strong_indicators_at_least",
    "medium_indicators_at_least",
    "indicators_at_least",
)


def dimension_rules(scoring: Fields, dimension_ids: set[str]) -> DimensionRules:
    scoring.only(("method", "dimension_rule", "elements", "identification", "levels"))
    if scoring.text("method") != "ilo_dimensions":
        raise InstrumentDefinitionError(scoring.at("method"), "must be 'ilo_dimensions'")
    rule = scoring.obj("dimension_rule")
    rule.only(("text", "any_of"))
    clauses = []
    for index, raw in enumerate(rule.items("any_of")):
        clause = Fields(raw, rule.at(f"any_of[{index}]"))
        clause.only((), _CLAUSE_COUNTS)
        clauses.append(clause.counts())
    elements = _elements(scoring, dimension_ids)
    ident = scoring.obj("identification")
    ident.only(("text", "all_of_elements"))
    element_ids = {e.id for e in elements}
    wanted: list[str] = []
    for index, raw in enumerate(ident.items("all_of_elements")):
        if not isinstance(raw, str) or raw not in element_ids:
            raise InstrumentDefinitionError(
                ident.at(f"all_of_elements[{index}]"), f"unknown element {raw!r}"
            )
        wanted.append(raw)
    return DimensionRules(
        text=rule.text("text"),
        clauses=tuple(clauses),
        elements=elements,
        identification_text=ident.text("text"),
        identification_elements=tuple(wanted),
        levels=_level_rules(scoring),
    )


def _elements(scoring: Fields, dimension_ids: set[str]) -> tuple[Element, ...]:
    elements: list[Element] = []
    for index, raw in enumerate(scoring.items("elements")):
        item = Fields(raw, scoring.at(f"elements[{index}]"))
        item.only(("id", "label", "any_of_dimensions"))
        dims: list[str] = []
        for d_index, dim in enumerate(item.items("any_of_dimensions")):
            if not isinstance(dim, str) or dim not in dimension_ids:
                raise InstrumentDefinitionError(
                    item.at(f"any_of_dimensions[{d_index}]"), f"unknown dimension {dim!r}"
                )
            dims.append(dim)
        elements.append(Element(item.text("id"), item.text("label"), tuple(dims)))
    return tuple(elements)


def _level_rules(scoring: Fields) -> tuple[LevelRule, ...]:
    rules: list[LevelRule] = []
    for index, raw in enumerate(scoring.items("levels")):
        item = Fields(raw, scoring.at(f"levels[{index}]"))
        item.only(("level", "when", "explain"))
        level = item.choice("level", LEVELS[1:])
        if rules and LEVELS.index(level) > LEVELS.index(rules[-1].level):
            raise InstrumentDefinitionError(
                item.at("level"), "levels must go from most to least severe"
            )
        when = item.obj("when")
        when.only((), LEVEL_CONDITIONS)
        conditions: list[tuple[str, int]] = []
        for key in sorted(LEVEL_CONDITIONS):
            if not when.has(key):
                continue
            if key == "identified":
                if when.flag(key, default=True) is not True:
                    raise InstrumentDefinitionError(when.at(key), "may only be true")
                conditions.append((key, 1))
            else:
                conditions.append((key, when.integer(key, 1)))
        if not conditions:
            raise InstrumentDefinitionError(when.path, "must name at least one condition")
        rules.append(LevelRule(level, tuple(conditions), item.text("explain")))
    return tuple(rules)


def weighted_rules(scoring: Fields) -> WeightedRules:
    scoring.only(("method", "text", "thresholds"))
    if scoring.text("method") != "weighted_factors":
        raise InstrumentDefinitionError(scoring.at("method"), "must be 'weighted_factors'")
    thresholds = scoring.obj("thresholds")
    thresholds.only(("medium", "high", "critical"))
    medium = thresholds.integer("medium", 1)
    high = thresholds.integer("high", 1)
    critical = thresholds.integer("critical", 1)
    if not medium < high < critical:
        raise InstrumentDefinitionError(thresholds.path, "must rise: medium < high < critical")
    return WeightedRules(scoring.text("text"), medium, high, critical)
