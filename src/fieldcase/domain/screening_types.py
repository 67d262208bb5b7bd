"""Value types for screening instruments, contexts and results.

Everything here is an immutable value: an instrument read once from a bundled file can be shared
between threads, and a result stored with a case cannot change after it was shown to a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

Level = Literal["low", "medium", "high", "critical"]
Strength = Literal["strong", "medium", "weak"]
Stage = Literal["origin", "transit", "destination", "return"]
AgeBand = Literal["child", "adult"]
Population = Literal["adult", "child", "all"]
InstrumentKind = Literal["trafficking", "vulnerability"]
FactorKind = Literal["risk", "protective"]

LEVELS: Final[tuple[Level, ...]] = ("low", "medium", "high", "critical")
STRENGTHS: Final[tuple[Strength, ...]] = ("strong", "medium", "weak")
STAGES: Final[tuple[Stage, ...]] = ("origin", "transit", "destination", "return")
AGE_BANDS: Final[tuple[AgeBand, ...]] = ("child", "adult")
POPULATIONS: Final[tuple[Population, ...]] = ("adult", "child", "all")
KINDS: Final[tuple[InstrumentKind, ...]] = ("trafficking", "vulnerability")
FACTORS: Final[tuple[FactorKind, ...]] = ("risk", "protective")

ADULT_AGE: Final = 18
MAX_AGE: Final = 120


def level_rank(level: Level) -> int:
    """Position of a level in low < medium < high < critical."""
    return LEVELS.index(level)


class ScreeningError(ValueError):
    """Base of every screening error.

    ``kind`` is a stable machine word the UI maps to a message; ``field`` names the place of the
    problem (a key path in an instrument file, a question id, or a context attribute).
    """

    kind: str = "screening_error"

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class InstrumentDefinitionError(ScreeningError):
    """The instrument file itself is malformed (unknown key, duplicate id, bad strength, ...)."""

    kind = "invalid_instrument"


class UnknownQuestionError(ScreeningError):
    """An answer names a question the instrument does not have."""

    kind = "unknown_question"


class InvalidAnswerError(ScreeningError):
    """An answer value is not true, false or null."""

    kind = "invalid_answer"


class VersionMismatchError(ScreeningError):
    """Answers recorded with one instrument (id, version) were given to another."""

    kind = "version_mismatch"


class InstrumentNotFoundError(ScreeningError):
    """No loaded instrument matches the requested id, version or population."""

    kind = "instrument_not_found"


class ScreeningContextError(ScreeningError):
    """The age or stage given for a screening is outside what the instruments know."""

    kind = "invalid_context"


@dataclass(frozen=True, slots=True)
class ScreeningContext:
    """Who is being screened, as far as question selection and instrument choice need it.

    ``age`` is in completed years, or None when neither a date of birth nor an estimate is
    known; ``stage`` is the case's stage of migration.
    """

    age: int | None
    stage: str

    def __post_init__(self) -> None:
        age = self.age
        if age is not None and (
            isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= MAX_AGE
        ):
            raise ScreeningContextError("age", f"must be a whole number 0 to {MAX_AGE}, or None")
        if self.stage not in STAGES:
            raise ScreeningContextError("stage", f"must be one of {', '.join(STAGES)}")

    @property
    def age_band(self) -> AgeBand:
        """``child`` below 18 and when the age is unknown (presumption of minority)."""
        if self.age is None or self.age < ADULT_AGE:
            return "child"
        return "adult"


@dataclass(frozen=True, slots=True)
class Source:
    """A publication an instrument draws on, cited in the instrument file."""

    id: str
    citation: str
    url: str
    used_for: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    """One yes/no question as a worker asks it, with where and to whom it applies."""

    id: str
    text: str
    label: str
    age_bands: frozenset[AgeBand]
    stages: frozenset[Stage]
    sensitive: bool = False
    note: str | None = None

    @property
    def raises_risk(self) -> bool:
        """Whether a "yes" can only push the level up (used to bound unanswered questions)."""
        return True

    def applies_to(self, context: ScreeningContext) -> bool:
        return context.age_band in self.age_bands and context.stage in self.stages


@dataclass(frozen=True, slots=True, kw_only=True)
class IndicatorQuestion(Question):
    """A trafficking indicator: belongs to one ILO/EC dimension with a strength."""

    dimension: str
    strength: Strength
    source_ref: str


@dataclass(frozen=True, slots=True, kw_only=True)
class FactorQuestion(Question):
    """A vulnerability factor: a weighted risk or protective factor at one determinant level."""

    determinant: str
    factor: FactorKind
    weight: int
    floor: Level | None = None

    @property
    def raises_risk(self) -> bool:
        return self.factor == "risk"


@dataclass(frozen=True, slots=True)
class Group:
    """A dimension (trafficking) or a determinant level (vulnerability): an id and its label."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Element:
    """An element of the trafficking definition, positive when any of its dimensions is."""

    id: str
    label: str
    dimensions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LevelRule:
    """``level`` applies when every condition in ``when`` holds; ``explain`` says why in words."""

    level: Level
    when: tuple[tuple[str, int], ...]
    explain: str


@dataclass(frozen=True, slots=True)
class DimensionRules:
    """The ILO/EC scoring rule: per-dimension thresholds, elements, identification, levels.

    ``clauses`` are alternatives; each maps a count name (``strong``, ``medium``, ``weak``,
    ``medium_or_weak``) to a minimum, and a dimension is positive when any clause is met.
    """

    text: str
    clauses: tuple[tuple[tuple[str, int], ...], ...]
    elements: tuple[Element, ...]
    identification_text: str
    identification_elements: tuple[str, ...]
    levels: tuple[LevelRule, ...]


@dataclass(frozen=True, slots=True)
class WeightedRules:
    """The vulnerability rule: risk minus protective weights, cut at level thresholds."""

    text: str
    medium: int
    high: int
    critical: int


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    """The outcome of scoring one instrument; stored with the screening it came from."""

    level: Level
    reasons: tuple[str, ...]
    review: bool
    instrument_id: str
    instrument_version: int

    def to_dict(self) -> dict[str, object]:
        """The ``result`` object of a case document's screening entry."""
        return {"level": self.level, "reasons": list(self.reasons), "review": self.review}
