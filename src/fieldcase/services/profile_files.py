"""Where the profile lives and whether a folder holds one, without loading the store
(``storage.profile_files``): the app asks both before its unlock screen is drawn."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from fieldcase.storage.profile_files import BACKUP_FILE_NAME, DATABASE_FILE, KEYSLOT_FILE_NAME

__all__ = ["default_profile_dir", "profile_exists"]


def default_profile_dir() -> Path:
    """The per-user profile folder (``--profile`` chooses another)."""
    return platformdirs.user_data_path("FieldCase", appauthor=False) / "profile"


def profile_exists(profile_dir: Path) -> bool:
    """Whether the folder holds a profile, whole or in part; if not, the app shows its
    first-run screen (and if only part of one, the unlock screen says what is missing)."""
    return any((profile_dir / name).is_file()
               for name in (KEYSLOT_FILE_NAME, BACKUP_FILE_NAME, DATABASE_FILE))
