"""Showing a core error in the user's language, and the one text for a bug."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.core.errors import KnownError, Message, Phrase, fill


def _arg_text(arg: object) -> str:
    if isinstance(arg, KnownError | Message):
        return translated_message(arg)
    if isinstance(arg, Phrase):
        return QCoreApplication.translate("Errors", arg)
    return str(arg)


def translated_message(error: KnownError | Message) -> str:
    """The error's message (no hint), translated where a translation exists."""
    return fill(
        QCoreApplication.translate("Errors", error.template),
        [_arg_text(arg) for arg in error.args_for_message],
    )


def translated_text(error: KnownError) -> str:
    """The error's message and hint, translated where a translation exists."""
    message = translated_message(error)
    hint = QCoreApplication.translate("Errors", error.hint) if error.hint else ""
    return f"{message}\n{hint}" if hint else message


def something_went_wrong() -> str:
    """What the user reads when a bug (not a ``KnownError``) stopped something."""
    return QCoreApplication.translate(
        "Errors", "Something went wrong. Your data is safe; the details are in the log."
    )


def notice_text(text: str) -> str:
    """A :class:`Message` translated; any other text as it is."""
    return translated_message(text) if isinstance(text, Message) else text


def error_text(exc: BaseException) -> str:
    """What to show for ``exc``: the translated message of a ``KnownError``, else
    :func:`something_went_wrong` (the caller logs a bug with its traceback)."""
    return translated_text(exc) if isinstance(exc, KnownError) else something_went_wrong()
