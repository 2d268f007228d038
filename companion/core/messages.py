"""Error messages that several places raise: each template is written once.

Templates of the "Errors" context (see :mod:`companion.core.errors`); ``%1`` … are
filled from the error's ``args``. A message used in one place stays next to its
``raise``.
"""

from __future__ import annotations

from companion.core.errors import QT_TRANSLATE_NOOP

#: %1 a file or folder, %2 the system's reason
COULD_NOT_READ = QT_TRANSLATE_NOOP("Errors", "Could not read %1: %2.")
#: %1 a file or folder, %2 the system's reason
COULD_NOT_WRITE = QT_TRANSLATE_NOOP("Errors", "Could not write %1: %2.")
#: %1 a file, %2 why not ("the disk is full")
COULD_NOT_SAVE = QT_TRANSLATE_NOOP("Errors", "Could not save %1: %2.")
#: %1 a file
ALREADY_EXISTS = QT_TRANSLATE_NOOP("Errors", "%1 already exists; choose another file name.")
#: %1 the server or network ("Bluesky", "mastodon.social")
REPLY_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "%1: the reply was cut off or unreadable.")
#: %1 the server
WANTS_LOGIN = QT_TRANSLATE_NOOP("Errors", "%1 wants a login to show hashtags.")
#: %1 the value that is not a time
NOT_A_TIME = QT_TRANSLATE_NOOP("Errors", "Not a time: %1.")
#: a pack whose manifest is absurdly large
MANIFEST_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "The pack manifest is too large to be genuine.")
#: %1 the manifest file name, %2 the folder or archive
NO_MANIFEST = QT_TRANSLATE_NOOP("Errors", "No %1 was found in %2.")
#: %1 a file in a pack
LINK_IN_PACK = QT_TRANSLATE_NOOP("Errors", "%1 is a link; packs may not contain links.")
#: %1 a file in a pack, %2 the system's reason (no full stop: also part of a sentence)
PACK_FILE_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "%1 could not be read (%2)")
#: %1 a server or file, the download stopped half-way
DOWNLOAD_CUT = QT_TRANSLATE_NOOP(
    "Errors", "The download of %1 was cut; it will resume from where it stopped."
)
#: %1 the database's reason
DATABASE_WRITE_FAILED = QT_TRANSLATE_NOOP("Errors", "Could not save to the database: %1.")
#: %1 an outbox item number
NO_OUTBOX_ITEM = QT_TRANSLATE_NOOP("Errors", "There is no outbox item %1.")
#: the way forward when a Mastodon instance wants a login to show hashtags
MASTODON_LOGIN_HINT = QT_TRANSLATE_NOOP(
    "Errors", "Add a Mastodon account on this instance in Accounts, or remove it."
)
#: %1 an account's name
NO_SAVED_LOGIN = QT_TRANSLATE_NOOP("Errors", "%1: no saved login on this computer.")
#: %1 an account's name
SAVED_LOGIN_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "%1: the saved login is unreadable.")
#: %1 an account's name
LOGIN_NOT_ACCEPTED = QT_TRANSLATE_NOOP("Errors", "%1: the server no longer accepts the login.")
