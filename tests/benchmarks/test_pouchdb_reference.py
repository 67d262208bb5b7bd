"""The PouchDB reference of the sync benchmark: the export of the case documents, the skip
without Node, and a 50-document replication through the real Node scripts (skipped where node
or the packages of ``benchmarks/pouchdb`` are not installed; ``npm ci`` there installs them)."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the benchmarks are no package

from benchmarks.sync import prepare

from benchmarks import pouchdb_reference


def export(count: int, path: Path) -> list[str]:
    with pouchdb_reference.exporting(path) as out:
        return prepare(count, 2026, out).case_ids


def test_the_export_is_one_case_document_a_line_and_leaves_the_workload_as_it_was(
        tmp_path: Path) -> None:
    documents = tmp_path / "cases.jsonl"
    case_ids = export(20, documents)
    lines = documents.read_text(encoding="utf-8").splitlines()
    exported = [json.loads(line) for line in lines]
    assert [d["id"] for d in exported] == case_ids
    assert case_ids == prepare(20, 2026).case_ids  # same seed, same cases, with or without it
    assert all(d["case"]["assigned_to"] == "bench.w0" and "notes" in d for d in exported)
    assert not any(key.startswith("_") for d in exported for key in d)  # PouchDB's own keys


def test_without_node_the_reference_is_skipped_and_the_export_deleted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = tmp_path / "cases.jsonl"
    documents.write_text("{}\n", encoding="utf-8")
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    figures = pouchdb_reference.run(documents, tmp_path / "work", noop_rounds=1)
    assert "node is not on the PATH" in figures["skipped"]
    assert not documents.exists()
    assert pouchdb_reference.compare({}, figures) == {}


needs_node = pytest.mark.skipif(
    shutil.which("node") is None or not pouchdb_reference.installed(),
    reason="node or benchmarks/pouchdb/node_modules missing (npm ci in benchmarks/pouchdb)")


@needs_node
def test_fifty_documents_replicated_with_pouchdb(tmp_path: Path) -> None:
    documents = tmp_path / "cases.jsonl"
    export(50, documents)
    compact_bytes = sum(len(json.dumps(json.loads(line), ensure_ascii=False,
                                       separators=(",", ":")).encode())
                        for line in documents.read_text(encoding="utf-8").splitlines())
    work = tmp_path / "work"
    figures = pouchdb_reference.run(documents, work, noop_rounds=3, changed=10)

    assert not documents.exists() and not work.exists()
    assert figures["documents"] == 50
    for name in ("push_bulk", "push_replication", "initial_pull"):
        assert figures[name]["documents"] == 50, name
        assert figures[name]["wire"]["requests"] >= 1, name
        assert set(figures[name]["cpu_s"]) == {"client", "server"}, name
    # The wire is counted at the sockets: every pushed body went out in full, and what came
    # back for the pull is at least one compressed document's worth per document.
    assert figures["push_bulk"]["wire"]["request_bytes"] > compact_bytes
    assert figures["initial_pull"]["wire"]["response_bytes"] > 50 * 300
    assert figures["noop"]["rounds"] == 3
    assert figures["noop"]["requests_per_replication"] >= 1
    assert set(figures["noop"]["replication"]) == {"p50_ms", "p95_ms", "max_ms", "n"}
    assert figures["changed_pull"]["documents"] == 10
    assert figures["changed_push"]["documents"] == 10
    assert figures["versions"]["pouchdb-node"] and figures["load_average"]["before"]

    beside = pouchdb_reference.compare(
        {"sqlite": {"initial_pull": {"seconds": 1.0, "wire_bytes_per_case": 800.0}}}, figures)
    assert beside["initial_pull_s"] == {"pouchdb": figures["initial_pull"]["seconds"],
                                        "sqlite": 1.0}


@needs_node
def test_a_failure_of_the_node_side_is_reported_not_raised(tmp_path: Path) -> None:
    documents = tmp_path / "cases.jsonl"
    documents.write_text("", encoding="utf-8")  # bench.js refuses a file without documents
    figures = pouchdb_reference.run(documents, tmp_path / "work", noop_rounds=1)
    assert "returned non-zero exit status 1" in figures["failed"]
    assert not documents.exists() and not (tmp_path / "work").exists()
    assert pouchdb_reference.compare({}, figures) == {}
