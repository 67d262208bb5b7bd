"""The store benchmark's baseline must keep looking like the store's connection: when ``Store``
starts asking its connection something new, the plain run fails here, not at the 100k run."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARK = Path(__file__).parents[2] / "benchmarks" / "store.py"


def _load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("store_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_the_plain_baseline_runs_every_metric_on_a_small_workload(tmp_path: Path) -> None:
    bench = _load_benchmark()
    result = bench.run_engine("plain", tmp_path / "plain", bench.prepare(40, seed=7),
                              analyze=False)
    assert result["file_is_plain_sqlite"] is True
    for metric in ("bulk_insert", "save_one_case", "edit_one_case", "open_case", "page",
                   "name_search", "raw_open"):
        assert result[metric], metric
