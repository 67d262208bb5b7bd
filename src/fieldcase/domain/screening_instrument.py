"""A screening instrument as data: parsed and checked from its versioned JSON file.

An instrument's id and version identify it for ever: a screening stored with a case records
both, so re-scoring an old screening uses the exact questions and rule it was answered with.
Changing a question, a strength, a weight or the rule therefore means a new version file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from fieldcase.domain.screening_fields import Fields, pick_set
from fieldcase.domain.screening_rule_parsing import dimension_rules, weighted_rules
from fieldcase.domain.screening_types import (
    AGE_BANDS,
    FACTORS,
    KINDS,
    LEVELS,
    POPULATIONS,
    STAGES,
    STRENGTHS,
    AgeBand,
    DimensionRules,
    FactorQuestion,
    Group,
    IndicatorQuestion,
    InstrumentDefinitionError,
    InstrumentKind,
    Population,
    Question,
    Source,
    Stage,
    WeightedRules,
)

_TOP_REQUIRED = ("id", "version", "kind", "title", "population", "source", "questions", "scoring")
_TOP_OPTIONAL = ("language", "description", "dimensions", "determinants")
_QUESTION_COMMON = ("id", "text", "label", "applies_to")
_QUESTION_OPTIONAL = ("sensitive", "note")


@dataclass(frozen=True, slots=True)
class Instrument:
    """A versioned screening instrument: its questions and its scoring rule."""

    id: str
    version: int
    kind: InstrumentKind
    title: str
    population: Population
    sources: tuple[Source, ...]
    groups: tuple[Group, ...]
    questions: tuple[Question, ...]
    rules: DimensionRules | WeightedRules

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Instrument:
        """Build an instrument from a parsed instrument file.

        Raises InstrumentDefinitionError naming the key path for unknown or missing keys,
        duplicate question ids, strengths or weights out of range, and references to
        dimensions, elements or sources that the file does not define.
        """
        top = Fields(data, "")
        top.only(_TOP_REQUIRED, _TOP_OPTIONAL)
        kind = top.choice("kind", KINDS)
        group_key = "dimensions" if kind == "trafficking" else "determinants"
        wrong_key = "determinants" if kind == "trafficking" else "dimensions"
        if top.has(wrong_key):
            raise InstrumentDefinitionError(wrong_key, f"unknown key for a {kind} instrument")
        if not top.has(group_key):
            raise InstrumentDefinitionError(group_key, "is required")
        sources = _sources(top)
        groups = _groups(top, group_key)
        population = top.choice("population", POPULATIONS)
        questions = _questions(top, kind, {g.id for g in groups}, {s.id for s in sources})
        _check_population(questions, population)
        _check_every_group_asked(questions, groups, group_key)
        rules = (
            dimension_rules(top.obj("scoring"), {g.id for g in groups})
            if kind == "trafficking"
            else weighted_rules(top.obj("scoring"))
        )
        return cls(
            id=top.text("id"),
            version=top.integer("version", 1),
            kind=kind,
            title=top.text("title"),
            population=population,
            sources=sources,
            groups=groups,
            questions=questions,
            rules=rules,
        )

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def group_label(self, group_id: str) -> str:
        return next((g.label for g in self.groups if g.id == group_id), group_id)


def _sources(top: Fields) -> tuple[Source, ...]:
    sources: list[Source] = []
    for index, raw in enumerate(top.items("source")):
        item = Fields(raw, f"source[{index}]")
        item.only(("id", "citation", "url", "used_for"))
        sources.append(
            Source(item.text("id"), item.text("citation"), item.text("url"), item.text("used_for"))
        )
    return tuple(sources)


def _groups(top: Fields, key: str) -> tuple[Group, ...]:
    groups: list[Group] = []
    for index, raw in enumerate(top.items(key)):
        item = Fields(raw, f"{key}[{index}]")
        item.only(("id", "label"))
        if any(g.id == item.text("id") for g in groups):
            raise InstrumentDefinitionError(item.at("id"), f"duplicate id {item.text('id')!r}")
        groups.append(Group(item.text("id"), item.text("label")))
    return tuple(groups)


def _questions(
    top: Fields, kind: InstrumentKind, group_ids: set[str], source_ids: set[str]
) -> tuple[Question, ...]:
    questions: list[Question] = []
    seen: set[str] = set()
    for index, raw in enumerate(top.items("questions")):
        item = Fields(raw, f"questions[{index}]")
        question = (
            _indicator(item, group_ids, source_ids)
            if kind == "trafficking"
            else _factor(item, group_ids)
        )
        if question.id in seen:
            raise InstrumentDefinitionError(item.at("id"), f"duplicate question id {question.id!r}")
        seen.add(question.id)
        questions.append(question)
    return tuple(questions)


@dataclass(frozen=True, slots=True)
class _Common:
    """The keys every question has, whatever the instrument kind."""

    id: str
    text: str
    label: str
    age_bands: frozenset[AgeBand]
    stages: frozenset[Stage]
    sensitive: bool
    note: str | None


def _common(item: Fields) -> _Common:
    applies = item.obj("applies_to")
    applies.only(("age_bands", "stages"))
    return _Common(
        id=item.text("id"),
        text=item.text("text"),
        label=item.text("label"),
        age_bands=pick_set(applies.raw("age_bands"), AGE_BANDS, applies.at("age_bands")),
        stages=pick_set(applies.raw("stages"), STAGES, applies.at("stages")),
        sensitive=item.flag("sensitive", default=False),
        note=item.optional_text("note"),
    )


def _indicator(item: Fields, dimension_ids: set[str], source_ids: set[str]) -> IndicatorQuestion:
    item.only((*_QUESTION_COMMON, "dimension", "strength", "source_ref"), _QUESTION_OPTIONAL)
    common = _common(item)
    dimension = item.text("dimension")
    if dimension not in dimension_ids:
        raise InstrumentDefinitionError(item.at("dimension"), f"unknown dimension {dimension!r}")
    source_ref = item.text("source_ref")
    if source_ref.split("/", 1)[0] not in source_ids:
        raise InstrumentDefinitionError(item.at("source_ref"), f"unknown source {source_ref!r}")
    return IndicatorQuestion(
        id=common.id,
        text=common.text,
        label=common.label,
        age_bands=common.age_bands,
        stages=common.stages,
        sensitive=common.sensitive,
        note=common.note,
        dimension=dimension,
        strength=item.choice("strength", STRENGTHS),
        source_ref=source_ref,
    )


def _factor(item: Fields, determinant_ids: set[str]) -> FactorQuestion:
    item.only(
        (*_QUESTION_COMMON, "determinant", "factor", "weight"), (*_QUESTION_OPTIONAL, "floor")
    )
    common = _common(item)
    determinant = item.text("determinant")
    if determinant not in determinant_ids:
        raise InstrumentDefinitionError(
            item.at("determinant"), f"unknown determinant {determinant!r}"
        )
    factor = item.choice("factor", FACTORS)
    floor = item.choice("floor", LEVELS[1:]) if item.has("floor") else None
    if floor is not None and factor == "protective":
        raise InstrumentDefinitionError(item.at("floor"), "only a risk factor can set a floor")
    return FactorQuestion(
        id=common.id,
        text=common.text,
        label=common.label,
        age_bands=common.age_bands,
        stages=common.stages,
        sensitive=common.sensitive,
        note=common.note,
        determinant=determinant,
        factor=factor,
        weight=item.integer("weight", 1),
        floor=floor,
    )


def _check_population(questions: tuple[Question, ...], population: Population) -> None:
    if population == "all":
        return
    for question in questions:
        if question.age_bands != {population}:
            raise InstrumentDefinitionError(
                f"questions[{question.id}].applies_to.age_bands",
                f"a {population} instrument may only hold {population} questions",
            )


def _check_every_group_asked(
    questions: tuple[Question, ...], groups: tuple[Group, ...], key: str
) -> None:
    used = {
        q.dimension if isinstance(q, IndicatorQuestion) else q.determinant
        for q in questions
        if isinstance(q, IndicatorQuestion | FactorQuestion)
    }
    for index, group in enumerate(groups):
        if group.id not in used:
            raise InstrumentDefinitionError(f"{key}[{index}]", f"{group.id!r} has no questions")
