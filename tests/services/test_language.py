"""Each user's interface language in the store; the last one used beside it, a code only."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldcase.services import language
from fieldcase.services.session import Session

from .conftest import PASSPHRASE


def test_a_choice_is_kept_in_the_store_and_as_the_last_language(session: Session,
                                                                profile_dir: Path) -> None:
    assert language.language_at_unlock(session, "en") is None
    assert language.last_language(profile_dir) == "en"  # the one on the screen
    language.choose_language(session, "ar")
    assert language.language_at_unlock(session, "fr") == "ar"
    assert (profile_dir / language.LAST_LANGUAGE_FILE).read_bytes() == b"ar"
    assert (profile_dir / language.LAST_LANGUAGE_FILE).stat().st_mode & 0o777 == 0o600


def test_the_choice_outlives_the_session_and_is_the_users_own(open_session, profile_dir: Path,
                                                              session: Session) -> None:
    language.choose_language(session, "es")
    session.close()
    again = open_session("amina", PASSPHRASE)
    assert language.language_at_unlock(again, "en") == "es"
    again.actor = type(again.actor)("dawit", again.actor.role, again.actor.team,
                                    again.actor.site)
    assert language.language_at_unlock(again, "fr") is None  # another name: no choice


@pytest.mark.parametrize("content", [b"", b"ar\nfr", b"../../etc", b"\xff\xfe", b"x" * 40])
def test_a_damaged_last_language_is_ignored(profile_dir: Path, content: bytes) -> None:
    (profile_dir / language.LAST_LANGUAGE_FILE).write_bytes(content)
    assert language.last_language(profile_dir) is None


def test_only_a_language_code_is_ever_written(session: Session, profile_dir: Path) -> None:
    with pytest.raises(ValueError, match="not a language code"):
        language.choose_language(session, "amina h")
    with pytest.raises(ValueError, match="not a language code"):
        language.remember_last_language(profile_dir, "../x")
    language.remember_last_language(profile_dir.parent / "not-set-up", "ar")
    assert not (profile_dir.parent / "not-set-up").exists()


def test_a_last_language_that_cannot_be_written_does_not_stop_the_unlock(
        session: Session, profile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    language.choose_language(session, "fr")

    def full(_path: Path, _data: bytes) -> None:
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(language, "atomic_write", full)
    (profile_dir / language.LAST_LANGUAGE_FILE).unlink()
    assert language.language_at_unlock(session, "en") == "fr"
    assert language.last_language(profile_dir) is None
