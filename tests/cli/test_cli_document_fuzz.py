"""The device's doors under generated input: ``case create`` and ``case update`` take documents
that look valid and documents broken in every way a script or a person breaks them.

The promise for each: exit 0, or exit 4 with every problem naming a field the example touched
(or, for text that is not a document at all, the problem: not UTF-8, nested too deep), and
then nothing written. Never another exit code, never a traceback.

Documents are built as JSON *text*, so the examples can hold what ``json.dumps`` cannot write:
bytes that are not UTF-8, lone surrogates, 5,000-digit integers, ``NaN``, deep nesting,
duplicate keys.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.cli.store_snapshot import snapshot
from tests.cli.test_cli import DOCUMENT, OPTIONS, PASSPHRASE

from fieldcase import cli


@dataclass(frozen=True)
class Raw:
    """JSON text placed as it is (it may not be valid on its own)."""

    text: bytes


def render(value: object) -> bytes:
    """``value`` as UTF-8 JSON text; :class:`Raw` parts are written verbatim."""
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, dict):
        return b"{" + b",".join(render(k) + b":" + render(v) for k, v in value.items()) + b"}"
    if isinstance(value, list):
        return b"[" + b",".join(render(v) for v in value) + b"]"
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


_TEXT = st.text(st.characters(codec="utf-8"), max_size=30)
WHOLE_TEXT = "invalid: the case document "
WHOLE_TEXT_WORDS = ("nests deeper", "is not UTF-8 text")
"""What a problem with the text as a whole says (it has no field to name)."""

# Values a field may be given: the right type or not, in range or not, and raw text no
# serializer would write.
_ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
    _TEXT, st.text(max_size=3).map(lambda t: t * 40_000),  # far past every length limit
    st.lists(_TEXT, max_size=3), st.dictionaries(_TEXT, _TEXT, max_size=2),
    st.sampled_from([
        Raw(b"9" * 5000), Raw(b"-" + b"1" * 40), Raw(b"NaN"), Raw(b"Infinity"), Raw(b"1e999"),
        Raw(b'"\\ud800"'), Raw(b'"ab\\udfffcd"'), Raw(b'"Am\xffina"'), Raw(b'"\xc3"'),
        Raw(b"[" * 2000 + b"]" * 2000), Raw(b'{"a": ' * 50 + b"1" + b"}" * 50),
        Raw(b'"line\\nbreak"'), Raw(b'"\\u0000"'), Raw(b'"\\u202eevil"'),
        Raw(b'{"x": 1, "x": 2}'),
    ]),
)
_PERSON_FIELDS = ("given_name", "family_name", "other_names", "sex", "gender",
                  "date_of_birth", "age_estimate", "nationality", "languages", "contact",
                  "disability", "documents", "id", "nickname")
_CASE_FIELDS = ("site", "stage", "flags", "assigned_to", "opened_on", "risk_level", "status",
                "case_number", "colour")
_LIST_FIELDS = ("journey", "notes", "tasks", "consents", "referrals", "household",
                "screenings", "assistance", "attachments", "extra")


@st.composite
def edits(draw: st.DrawFn, *, max_edits: int = 3) -> dict[str, object]:
    """``{path: value}``: up to ``max_edits`` fields set to odd values."""
    paths = ([f"person.{f}" for f in _PERSON_FIELDS] + [f"case.{f}" for f in _CASE_FIELDS]
             + list(_LIST_FIELDS))
    chosen = draw(st.lists(st.sampled_from(paths), min_size=1, max_size=max_edits,
                           unique=True))
    return {path: draw(_ODD_VALUES) for path in chosen}


def apply_edits(document: dict[str, object], changes: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {key: dict(v) if isinstance(v, dict) else v
                              for key, v in document.items()}
    for path, value in changes.items():
        head, _, tail = path.partition(".")
        if tail:
            part = out.setdefault(head, {})
            assert isinstance(part, dict)
            part[tail] = value
        else:
            out[head] = value
    return out


def run(argv: list[str], data: bytes) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, stdin=io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"),
                    stdout=out, stderr=err, options=OPTIONS)
    return code, out.getvalue(), err.getvalue()


def check_refusal(err: str, touched: set[str]) -> None:
    """Every problem line names a touched field (or a part of one), or the text as a whole."""
    lines = err.strip().splitlines()
    assert lines and "Traceback" not in err
    for line in lines:
        assert line.startswith("invalid: "), line
        if line.startswith(WHOLE_TEXT):
            assert any(words in line for words in WHOLE_TEXT_WORDS), line
            continue
        path = line[len("invalid: "):].split(": ", 1)[0]
        assert any(_names(path, t) for t in touched), (line, touched)


def _names(path: str, touched: str) -> bool:
    """``path`` is the touched field, a part of it, or (for a rule across fields, such as
    "a date of birth or an age estimate") another field of the same object."""
    parent = touched.rpartition(".")[0]
    return path == touched or path.startswith((touched + ".", touched + "[")) or \
        (bool(parent) and path.startswith(parent + "."))


@dataclass(frozen=True)
class FuzzProfile:
    folder: str
    case_id: str  # a case to update


@pytest.fixture(scope="module")
def fuzz_profile(tmp_path_factory: pytest.TempPathFactory) -> FuzzProfile:
    folder = str(tmp_path_factory.mktemp("fuzz") / "profile")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FIELDCASE_PASSPHRASE", PASSPHRASE)
        code, _, err = run(["init", "--profile", folder, "--user", "amina", "--role",
                            "supervisor", "--team", "lamp", "--site", "LAMP-01"], b"")
        assert code == 0, err
        code, out, err = run(["case", "create", "--profile", folder, "--user", "amina",
                              "--json"], json.dumps(DOCUMENT).encode())
        assert code == 0, err
    return FuzzProfile(folder, json.loads(out)["id"])


FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(changes=edits())
def test_case_create_exits_0_or_4_naming_the_field_and_writes_nothing_on_4(
        changes: dict[str, object], fuzz_profile: FuzzProfile,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", PASSPHRASE)
    folder = fuzz_profile.folder
    before = snapshot(folder, "amina", PASSPHRASE)
    code, out, err = run(["case", "create", "--profile", folder, "--user", "amina",
                          "--json"], render(apply_edits(DOCUMENT, changes)))
    assert code in (0, 4), err
    after = snapshot(folder, "amina", PASSPHRASE)
    if code == 4:
        assert out == ""
        check_refusal(err, set(changes))
        assert after == before
    else:
        assert len(after["cases"]) == len(before["cases"]) + 1


@FUZZ
@given(changes=edits(max_edits=2))
def test_case_update_exits_0_or_4_naming_the_field_and_writes_nothing_on_4(
        changes: dict[str, object], fuzz_profile: FuzzProfile,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", PASSPHRASE)
    folder = fuzz_profile.folder
    before = snapshot(folder, "amina", PASSPHRASE)
    code, _, err = run(["case", "update", fuzz_profile.case_id, "--profile", folder, "--user",
                        "amina"], render(apply_edits({}, changes)))
    assert code in (0, 4), err
    if code == 4:
        check_refusal(err, set(changes))
        assert snapshot(folder, "amina", PASSPHRASE) == before


@FUZZ
@given(data=st.binary(max_size=200) | st.builds(
    lambda head, tail: head + render(DOCUMENT)[:40] + tail, st.binary(max_size=20),
    st.binary(max_size=20)))
def test_arbitrary_bytes_never_end_in_a_traceback(data: bytes, fuzz_profile: FuzzProfile,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDCASE_PASSPHRASE", PASSPHRASE)
    code, _, err = run(["case", "create", "--profile", fuzz_profile.folder, "--user", "amina"],
                       data)
    assert code in (2, 4), err  # 2: nothing but blanks on standard input
    assert "Traceback" not in err and err.startswith(("invalid: ", "usage: "))
