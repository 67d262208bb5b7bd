"""The PySide6 desktop interface: thin views over ``fieldcase.services``.

Entry point: ``fieldcase.ui.app.run_app``. Every service call goes through the operation
runner (``fieldcase.ui.operations``); see docs/ui.md for the screens and threading rules.
"""
