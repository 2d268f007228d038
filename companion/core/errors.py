"""Two kinds of error: expected trouble (``KnownError``) and bugs (everything else).

A ``KnownError`` carries a message a field worker understands and, where there is
one, a way forward. Anything else is a bug: it is logged with its traceback and
shown as "something went wrong" with a copyable report.

Messages can be translated: write the message as a template with ``%1``, ``%2`` …
and pass the values in ``args``; mark the template with
``QT_TRANSLATE_NOOP("Errors", "…")`` so ``pyside6-lupdate`` collects it. The UI shows
``translated_text(error)`` (``companion/ui/errors.py``); logs and the command line use
the English ``message``.

Every message a user can see is such a template (``tests/core/test_error_catalogue.py``
checks each construction); values go in ``args``, never into the template. An argument
that is itself words to translate ("The event file") is a :class:`Phrase`; an argument
that is another ``KnownError`` is shown translated too. A notice that is not raised
(a problem found at start) is a :class:`Message`, translated the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate looks for this name
    """Marks ``text`` for translation in ``context`` without importing Qt."""
    return text


class Phrase(str):
    """An argument that is words, not a value: translated in the "Errors" context.

    Write ``Phrase(QT_TRANSLATE_NOOP("Errors", "The event file"))`` so lupdate collects
    it; it reads as the English text everywhere except in ``translated_text``.
    """

    __slots__ = ()


def fill(template: str, args: Sequence[object]) -> str:
    """Replace ``%1`` … ``%9`` in ``template`` (highest first, so %1 never eats %10)."""
    text = template
    for index in range(len(args), 0, -1):
        text = text.replace(f"%{index}", str(args[index - 1]))
    return text


class Message(str):
    """A notice for the user that is not raised (a settings file reset at start):
    the English text as a ``str`` for logs and the command line, and, like a
    ``KnownError``, a ``template`` and ``args_for_message`` the UI translates."""

    template: str
    args_for_message: tuple[object, ...]

    def __new__(cls, template: str, *, args: Sequence[object] = ()) -> Message:
        self = super().__new__(cls, fill(template, args))
        self.template = template
        self.args_for_message = tuple(args)
        return self


class KnownError(Exception):
    """Expected trouble with a message meant for the user."""

    #: a short hint about what the user can do next, or "" (a translatable template).
    hint: str = ""

    def __init__(self, message: str, *, hint: str = "", args: Sequence[object] = ()) -> None:
        self.template = message
        self.args_for_message: tuple[object, ...] = tuple(args)
        self.message = fill(message, self.args_for_message)
        super().__init__(self.message)
        if hint:
            self.hint = hint

    def __str__(self) -> str:
        return self.message

    def user_text(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message


class OfflineError(KnownError):
    """The server could not be reached (no connection, DNS failure, timeout)."""

    hint = QT_TRANSLATE_NOOP("Errors", "The app will try again when the connection comes back.")


class NeedsLoginError(KnownError):
    """The server refused our credentials: the account must log in again."""

    hint = QT_TRANSLATE_NOOP("Errors", "Open Accounts and log in again. Nothing queued is lost.")


class RateLimitedError(KnownError):
    """The server asked us to slow down until ``reset_at``."""

    def __init__(
        self, message: str, *, reset_at: datetime | None = None, args: Sequence[object] = ()
    ) -> None:
        super().__init__(
            message,
            hint=QT_TRANSLATE_NOOP("Errors", "The app waits and tries again by itself."),
            args=args,
        )
        self.reset_at = reset_at


class ServerError(KnownError):
    """The server answered with an error we cannot fix by retrying at once."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        hint: str = "",
        args: Sequence[object] = (),
    ) -> None:
        super().__init__(message, hint=hint, args=args)
        self.status = status


class InvalidInputError(KnownError):
    """A file, reply or value we were given is malformed or unsafe."""


class StorageError(KnownError):
    """The disk refused a write (full, read-only, locked)."""

    hint = QT_TRANSLATE_NOOP(
        "Errors", "Free some disk space or check the data folder, then try again."
    )


class AlreadyRunningError(KnownError):
    """Another start of the app holds this data folder and did not show its window."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "shareASM Companion is already running, but its window did not come up "
                "(it may still be closing). Try again in a moment.",
            )
        )


class NoKeyringError(KnownError):
    """No OS keyring is available to keep secrets."""
