"""The names of a profile's files, in a module that imports nothing, so the app can tell a
profile from an empty folder (first-run screen or unlock screen) before it loads the store,
the key handling and SQLCipher (``services.profile_files``: the start to the unlock screen)."""

from typing import Final

KEYSLOT_FILE_NAME: Final = "keyslots.bin"
BACKUP_FILE_NAME: Final = "keyslots.bin.bak"
DATABASE_FILE: Final = "store.db"
