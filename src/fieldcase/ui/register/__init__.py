"""Registering a new person: search first, the minimum fields, consent per purpose, possible
duplicates side by side before anything is saved (``register_dialog.RegisterDialog``)."""
