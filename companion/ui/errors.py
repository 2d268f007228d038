"""Showing a core error in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.core.errors import KnownError, fill


def translated_text(error: KnownError) -> str:
    """The error's message and hint, translated where a translation exists."""
    message = fill(QCoreApplication.translate("Errors", error.template), error.args_for_message)
    hint = QCoreApplication.translate("Errors", error.hint) if error.hint else ""
    return f"{message}\n{hint}" if hint else message
