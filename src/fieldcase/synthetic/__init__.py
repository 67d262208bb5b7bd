"""Synthetic, entirely fictional case data for demos, benchmarks and tests.

``generate_cases(count, seed=..., today=...)`` yields case documents (plain dicts that
:func:`fieldcase.domain.document.parse_case_document` accepts); see docs/synthetic-data.md for
the model. This package reads bundled assets, so it is not part of the pure ``domain``.
"""

from fieldcase.synthetic.generator import SPAN_DAYS, generate_cases, supervisor_for, workers_for

__all__ = ["SPAN_DAYS", "generate_cases", "supervisor_for", "workers_for"]
